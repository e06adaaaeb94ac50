// ChangePasswordPage: 修改密码, outside the layout; where a first login or an old password sends the user, and where anyone may change theirs.
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { API_URL, httpClient } from '../providers/httpClient';
import { session, type SessionUser } from '../providers/session';
import { BRAND } from '../brand';

type Field = 'current_password' | 'new_password' | 'confirm';

export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const logout = useLogout();
  const reason = session.user()?.password_change_reason ?? null;
  const [values, setValues] = useState<Record<Field, string>>({ current_password: '', new_password: '', confirm: '' });
  const [error, setError] = useState<{ field: Field | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (values.new_password !== values.confirm) return setError({ field: 'confirm', message: translate('steppe.security.password.mismatch') });
    setSaving(true);
    setError(null);
    try {
      await httpClient(`${API_URL}/auth/password`, {
        method: 'POST',
        body: JSON.stringify({ current_password: values.current_password, new_password: values.new_password }),
      });
      const { json } = await httpClient(`${API_URL}/auth/me`);
      session.setUser(json as SessionUser);
      notify('steppe.security.password.done', { type: 'success' });
      void navigate('/'); // the router's navigation promise carries nothing to wait for
    } catch (err) {
      const body = (err as { body?: { field?: string; message?: string } }).body;
      const field = body?.field === 'current_password' || body?.field === 'new_password' ? body.field : null;
      setError({ field, message: body?.message ?? (err as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const input = (field: Field, label: string, autoComplete: string) => (
    <TextField
      name={field} type="password" label={translate(label)} value={values[field]} onChange={set(field)} autoComplete={autoComplete}
      required fullWidth error={error?.field === field} helperText={error?.field === field ? error.message : undefined}
    />
  );

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: BRAND.backdrop }}>
      <Card sx={{ width: 440, maxWidth: '94vw' }}>
        <CardContent component="form" onSubmit={submit}>
          <Stack spacing={2}>
            <Typography variant="h6">{translate('steppe.security.password.title')}</Typography>
            <Alert severity={reason ? 'warning' : 'info'}>
              {translate(reason === 'first_login' ? 'steppe.security.password.first_login' : reason === 'expired' ? 'steppe.security.password.expired' : 'steppe.security.password.voluntary')}
            </Alert>
            {input('current_password', 'steppe.security.password.current', 'current-password')}
            {input('new_password', 'steppe.security.password.new', 'new-password')}
            {input('confirm', 'steppe.security.password.confirm', 'new-password')}
            <Typography variant="body2" color="text.secondary">{translate('steppe.security.password.rules')}</Typography>
            {error && !error.field && <Alert severity="error">{error.message}</Alert>}
            <Stack direction="row" spacing={1} justifyContent="space-between">
              <Button onClick={() => logout()}>{translate('steppe.security.password.logout')}</Button>
              <Button type="submit" variant="contained" disabled={saving}>{translate('steppe.security.password.submit')}</Button>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
