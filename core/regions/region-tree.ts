// The region tree Steppe ships with: 自治区, its 12 盟市, the two port cities with their own bureau, and example 旗县.
export interface RegionSeed {
  code: string;
  name: string;
  level: 'region' | 'league' | 'county';
  parent: string | null;
  slug?: string;
  /** Has an HR bureau that publishes its own configuration. */
  ownsConfig?: boolean;
  /** Illustrative counties: a few per league, not the full list. */
  example?: boolean;
}

const leagues: Array<[string, string, string]> = [
  ['150100', '呼和浩特市', 'hohhot'], ['150200', '包头市', 'baotou'], ['150300', '乌海市', 'wuhai'],
  ['150400', '赤峰市', 'chifeng'], ['150500', '通辽市', 'tongliao'], ['150600', '鄂尔多斯市', 'ordos'],
  ['150700', '呼伦贝尔市', 'hulunbuir'], ['150800', '巴彦淖尔市', 'bayannur'], ['150900', '乌兰察布市', 'ulanqab'],
  ['152200', '兴安盟', 'hinggan'], ['152500', '锡林郭勒盟', 'xilingol'], ['152900', '阿拉善盟', 'alxa'],
];

const counties: Record<string, Array<[string, string]>> = {
  '150100': [['150102', '新城区'], ['150103', '回民区'], ['150105', '赛罕区'], ['150121', '土默特左旗'], ['150125', '武川县']],
  '150200': [['150202', '东河区'], ['150203', '昆都仑区'], ['150204', '青山区'], ['150206', '白云鄂博矿区'], ['150223', '达尔罕茂明安联合旗']],
  '150300': [['150302', '海勃湾区'], ['150303', '海南区'], ['150304', '乌达区']],
  '150400': [['150402', '红山区'], ['150404', '松山区'], ['150421', '阿鲁科尔沁旗'], ['150423', '巴林右旗'], ['150430', '敖汉旗']],
  '150500': [['150502', '科尔沁区'], ['150521', '科尔沁左翼中旗'], ['150525', '奈曼旗'], ['150581', '霍林郭勒市']],
  '150600': [['150602', '东胜区'], ['150603', '康巴什区'], ['150621', '达拉特旗'], ['150627', '伊金霍洛旗']],
  '150700': [['150702', '海拉尔区'], ['150725', '陈巴尔虎旗'], ['150782', '牙克石市'], ['150783', '扎兰屯市']],
  '150800': [['150802', '临河区'], ['150821', '五原县'], ['150822', '磴口县'], ['150825', '乌拉特中旗']],
  '150900': [['150902', '集宁区'], ['150921', '卓资县'], ['150929', '四子王旗'], ['150981', '丰镇市']],
  '152200': [['152201', '乌兰浩特市'], ['152202', '阿尔山市'], ['152221', '科尔沁右翼前旗'], ['152223', '扎赉特旗']],
  '152500': [['152502', '锡林浩特市'], ['152522', '阿巴嘎旗'], ['152525', '东乌珠穆沁旗']],
  '152900': [['152921', '阿拉善左旗'], ['152922', '阿拉善右旗'], ['152923', '额济纳旗']],
};

export const REGION_TREE: RegionSeed[] = [
  { code: '150000', name: '内蒙古自治区', level: 'region', parent: null, slug: 'nei-mongol', ownsConfig: true },
  ...leagues.map(([code, name, slug]): RegionSeed => ({ code, name, level: 'league', parent: '150000', slug, ownsConfig: true })),
  // County-level cities the policy addresses directly: they have their own HR bureau.
  { code: '150781', name: '满洲里市', level: 'county', parent: '150700', slug: 'manzhouli', ownsConfig: true },
  { code: '152501', name: '二连浩特市', level: 'county', parent: '152500', slug: 'erenhot', ownsConfig: true },
  ...Object.entries(counties).flatMap(([parent, list]) =>
    list.map(([code, name]): RegionSeed => ({ code, name, level: 'county', parent, example: true }))),
];
