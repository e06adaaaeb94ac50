// The Chinese messages of the console: all of react-admin's messages, resource labels and steppe.* texts.
import type { TranslationMessages } from 'react-admin';
import { ra } from './zh/ra';
import { peopleResources } from './zh/resources-people';
import { trainingResources } from './zh/resources-training';
import { moneyResources } from './zh/resources-money';
import { steppe } from './zh/steppe';
import { security } from './zh/security';
import { lowcode } from './zh/lowcode';

export const zhMessages = {
  ra,
  resources: { ...peopleResources, ...trainingResources, ...moneyResources },
  steppe: { ...steppe, security, lowcode },
} satisfies TranslationMessages;

export default zhMessages;
