// Small helpers for react-admin's inputs in Playwright: selects, autocompletes, buttons, and the saved-notification.
import type { Page } from 'playwright-core';

/** A react-admin SelectInput / MUI select: open it by its label, pick the option by its text. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** An autocomplete (RefInput, catalog picker): type into it, pick the first option containing `option`. */
export async function pick(page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label }).first();
  await input.click();
  await input.fill(typed);
  await page.getByRole('option').filter({ hasText: option }).first().click();
}

export async function press(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).first().click();
}

/** Waits for visible text (the first match). */
export async function see(page: Page, text: string, timeout = 30_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/** YYYY-MM-DD `days` from today. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
