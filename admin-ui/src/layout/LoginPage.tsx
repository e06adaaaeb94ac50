// LoginPage: react-admin's /login route hands the page back to the shell's sign-in screen (after a logout or a refused
// token), which unmounts the console: react-admin never redirects to itself in a loop.
import { useEffect } from 'react';
import { requestSignIn } from '../shell/signInEvents';

export const LoginPage = () => {
  useEffect(() => { requestSignIn(); }, []);
  return null;
};
