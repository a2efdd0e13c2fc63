/** The small part of the Office namespace an Excel add-in touches at start-up. */
import { supports } from './versions';

export const HostType = {
  Word: 'Word',
  Excel: 'Excel',
  PowerPoint: 'PowerPoint',
  Outlook: 'Outlook',
  OneNote: 'OneNote',
  Project: 'Project',
  Access: 'Access',
} as const;

export const PlatformType = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const;

export interface SimOffice {
  HostType: typeof HostType;
  PlatformType: typeof PlatformType;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    host: string;
    platform: string;
    diagnostics: { host: string; platform: string; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: Record<string, never>;
    partitionKey: string | undefined;
  };
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  initialize?: () => void;
}

export function createOffice(apiVersion: string, displayLanguage: string): SimOffice {
  const info = { host: HostType.Excel, platform: PlatformType.PC };
  return {
    HostType,
    PlatformType,
    context: {
      displayLanguage,
      contentLanguage: displayLanguage,
      host: HostType.Excel,
      platform: PlatformType.PC,
      diagnostics: { host: HostType.Excel, platform: PlatformType.PC, version: '16.0.0.0' },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          if (name.toLowerCase() !== 'excelapi') return false;
          if (minVersion === undefined || minVersion === null || minVersion === '') return true;
          return supports(apiVersion, typeof minVersion === 'number' ? minVersion.toFixed(1) : String(minVersion));
        },
      },
      document: {},
      partitionKey: undefined,
    },
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
