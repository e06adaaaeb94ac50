// The platform's name under `steppe.app.*`, in a module of its own: the sign-in screen reads it without the console's other texts.
export const app = {
  title: 'Steppe 农牧民工职业技能培训补贴管理平台',
  short_title: 'Steppe',
};
