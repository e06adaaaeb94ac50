// Words a password must not be built on, beyond zxcvbn's English lists: the platform, the region, pinyin and common Chinese choices.

/** Words of this platform and its region: a clerk's first idea for a "strong" password. */
export const DOMAIN_WORDS = [
  'steppe', 'admin', 'administrator', 'root', 'system', 'renshe', 'rensheju', 'renshiju', 'rsj', 'hrss', 'mohrss',
  'peixun', 'butie', 'jineng', 'zhiye', 'nongmingong', 'nongmumingong', 'jiuye', 'shebao', 'mima', 'denglu', 'guanliyuan',
  'shenhe', 'shenji', 'jigou', 'xuexiao', 'zhengfu', 'gongzuo', 'bangong', 'danwei',
  'neimenggu', 'neimeng', 'nmg', 'nmgrs', 'neimongol', 'nei-mongol', 'mongol', 'menggu', 'caoyuan', 'zizhiqu',
  'hohhot', 'huhehaote', 'huhhot', 'baotou', 'wuhai', 'chifeng', 'tongliao', 'ordos', 'eerduosi', 'hulunbuir', 'hulunbeier',
  'bayannur', 'bayannaoer', 'ulanqab', 'wulanchabu', 'hinggan', 'xingan', 'xilingol', 'xilinguole', 'xilinhot', 'xilinhaote',
  'alxa', 'alashan', 'manzhouli', 'erenhot', 'erlianhaote', 'ulanhot', 'wulanhaote', 'hailar', 'hailaer', 'jining', 'dongsheng',
];

/** Common Chinese password choices: pinyin phrases, number codes (520 = 我爱你), keyboard habits. */
export const CHINESE_COMMON = [
  'woaini', 'aini', 'woaini1314', '5201314', '1314520', '520520', '521521', '1314', '520', '3344520', '584520',
  'iloveyou', 'woaiwojia', 'wodemima', 'mimamima', 'zhongguo', 'china', 'beijing', 'shanghai', 'qq123456', 'qwe123',
  '123qwe', 'a123456', 'abc123', 'aa123456', '88888888', '66666666', '168168', '888888', '666666', '147258', '147258369',
  '159357', '741852963', '1qaz2wsx', 'zxcvbnm', 'asdfghjkl', 'qwertyuiop', 'xiaoming', 'xiaohong', 'baobao', 'laopo', 'laogong',
  'tiantian', 'kuaile', 'xingfu', 'pingan', 'fuqi', 'dage', 'jiayou', 'niubi', 'haoren', 'shengri', 'bajie',
];

/** The commonest surnames and given-name syllables in pinyin, and Mongolian names of the region. */
export const CHINESE_NAMES = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian',
  'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'bai',
  'wei', 'fang', 'na', 'min', 'jing', 'qiang', 'lei', 'jun', 'yong', 'yan', 'jie', 'tao', 'ming', 'chao', 'xiu', 'xia', 'hua',
  'ping', 'gang', 'hui', 'hong', 'ying', 'bo', 'bin', 'hao', 'yi', 'xin', 'yu', 'jian', 'peng', 'fei', 'long', 'kai', 'lan',
  'bater', 'bateer', 'batu', 'bayin', 'sarula', 'siqin', 'tana', 'wuyun', 'qiqige', 'aoyun', 'wurigen', 'naren', 'sarina',
  'bilige', 'menghe', 'gerile', 'sodnom', 'temur', 'tiemuer', 'chinggis', 'chengjisi', 'saihan', 'huhe',
];
