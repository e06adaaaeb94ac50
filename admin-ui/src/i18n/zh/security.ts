// Chinese texts of the security pages under `steppe.security.*`: the password change, revealing personal data.
export const security = {
  password: {
    title: '修改密码',
    first_login: '您的密码由管理员设置或系统生成。请先设置一个只有您自己知道的新密码，再继续使用平台。',
    expired: '您的密码已较长时间未修改，按规定请设置新密码后继续使用。',
    voluntary: '修改后，您在其他设备上的登录将失效。',
    current: '当前密码',
    new: '新密码',
    confirm: '再次输入新密码',
    rules: '至少 12 个字符，包含大写字母、小写字母、数字和符号中的至少三类（20 个字符以上的长句不受此限）；不能使用常见密码，也不能以用户名、姓名或所在地区为主要内容。',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    done: '密码已修改',
    logout: '退出登录',
  },
  contact_phone: '联系电话应为11位手机号码，或带区号的固定电话（如 0471-1234567）',
  reveal: {
    show: '显示完整信息',
    hide: '隐藏完整信息',
    notice: '完整信息仅供办理业务使用，本次查看已记入审计日志。',
  },
};
