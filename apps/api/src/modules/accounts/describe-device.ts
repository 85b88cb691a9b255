import Bowser from 'bowser';

/** A person's name for the device behind a User-Agent, e.g. "Chrome 120 on Android"; null when there is none. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  const browserName = [browser.name, browser.version?.split('.')[0]].filter(Boolean).join(' ');
  const system = [os.name, os.versionName ?? os.version?.split('.')[0]].filter(Boolean).join(' ');
  if (!browserName && !system) return userAgent.slice(0, 60);
  return system ? `${browserName || userAgent.split(/[ /]/)[0]} · ${system}` : browserName;
}
