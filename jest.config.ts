/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import { createCjsPreset } from 'jest-preset-angular/presets';

const config: Config = {
  ...createCjsPreset({ testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env' }),
  roots: ['<rootDir>/src', '<rootDir>/emulator', '<rootDir>/contract'],
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['**/*.spec.ts'],
  clearMocks: true,
  restoreMocks: true,
};

export default config;
