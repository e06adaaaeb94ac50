// An administrator loads a batch of 社会保险参保 comparison data from a CSV with a header and one bad row: two rows are
// loaded, the bad one is named by its line in the file, and the batch is listed.
import type { Page } from 'playwright-core';
import { checkCharacter } from '../../core/validation/resident-id.js';
import { open, shot } from '../browser.js';
import { press, see } from '../ui.js';

const id = (n: number) => {
  const first17 = `150203198${n}0101${String(700 + n).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

export const registryCsv = () => Buffer.from('\uFEFF' + [
  '公民身份号码,状态,职业编码,等级,起始日期,截止日期',
  `${id(1)},是,,,2024-01-01,`,
  `${id(2)},否,,,,`,
  '15020319850101123,是,,,,',
].join('\r\n') + '\r\n');

export async function registryScenario(page: Page, base: string): Promise<void> {
  await open(page, base, '/verification');
  // The demo's own comparison batches (identity, poverty registry) are listed before any upload.
  await see(page, '示例数据');
  await page.getByTestId('registry-file').setInputFiles({ name: '社保参保比对.csv', mimeType: 'text/csv', buffer: registryCsv() });
  await see(page, '社保参保比对.csv（3 行数据）');
  await press(page, '上传并导入');
  await see(page, '成功 2 行，跳过 1 行');
  await see(page, '社会保险参保信息比对');
  await see(page, '管理员上传文件');
  await shot(page, 'registry-upload');
}
