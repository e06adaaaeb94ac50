// A small roster CSV (UTF-8 with BOM, as Excel saves it) of five fictional 包头 workers, the last with an unknown category.
import { checkCharacter } from '../core/validation/resident-id.js';

const id = (n: number) => {
  const first17 = `150203199${n}0101${String(500 + n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

export function rosterCsv(): Buffer {
  const rows = [
    ['公民身份号码', '姓名', '所属地区代码', '人员类别', '手机号码', '人员特征', '文化程度'],
    [id(1), '示例·导入甲', '150203', '返乡农牧民工', '13900000001', '青年', '初中'],
    [id(2), '示例·导入乙', '150203', 'rural_transfer', '13900000002', '', '高中'],
    [id(3), '示例·导入丙', '150204', '脱贫劳动力', '', '有外出务工意愿', ''],
    [id(4), '示例·导入丁', '150202', '在岗农牧民工', '13900000004', '', '大专'],
    [id(5), '示例·导入戊', '150203', '外来务工', '13900000005', '', ''],
  ];
  return Buffer.from('\uFEFF' + rows.map((r) => r.join(',')).join('\r\n') + '\r\n');
}
