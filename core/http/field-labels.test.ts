// Messages name fields in Chinese, the console's words: 「课时」为必填项, not 字段「hours」为必填项.
import { expect, it } from 'vitest';
import { describeEachDb } from '../test/build-test-app.js';
import { TestClient } from '../test/client.js';
import { fieldLabel } from './field-labels.js';

it('strips the spreadsheet unit from money labels and knows nothing of unknown fields', () => {
  expect(fieldLabel('attendance', 'hours')).toBe('课时');
  expect(fieldLabel('enrollments', 'attended_hours')).toBe('已出勤课时');
  expect(fieldLabel('attendance', 'nope')).toBeUndefined();
  expect(fieldLabel(undefined, 'hours')).toBeUndefined();
});

describeEachDb('field labels in messages', (t) => {
  it('names a missing or wrong field by its Chinese label, and keeps the key in `field`', async () => {
    const admin = await TestClient.login(t().app);
    const missing = await admin.post('/api/attendance', { enrollment_id: 1, session_date: '2026-03-02' });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ field: 'hours', message: '「课时」为必填项' });
    const wrong = await admin.post('/api/attendance', { enrollment_id: 1, session_date: '2026-03-02', hours: 30 });
    expect(wrong.body).toMatchObject({ field: 'hours', message: '「课时」不能大于 12' });
  });
});
