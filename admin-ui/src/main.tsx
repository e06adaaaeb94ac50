// The console's entry point: the shell draws the sign-in form or mounts the console (loaded on demand) into #root.
import { boot } from './shell/boot';
import './shell/shell.css';
import './shell.css';

boot(document.getElementById('root')!);
