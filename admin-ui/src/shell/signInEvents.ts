// How the console hands the page back to the sign-in screen (after a logout or a refused token) without react-admin's redirects.
const EVENT = 'steppe:sign-in-required';

/** Asks the shell to unmount the console and show the sign-in screen. */
export const requestSignIn = () => window.dispatchEvent(new Event(EVENT));

/** Runs `show` whenever the console asks for the sign-in screen; returns the unsubscribe. */
export const onSignInRequested = (show: () => void) => {
  window.addEventListener(EVENT, show);
  return () => window.removeEventListener(EVENT, show);
};
