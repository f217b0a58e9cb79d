/** @jest-config-loader-options {"transpileOnly": true} */
import type { Config } from 'jest';
import { createCjsPreset } from 'jest-preset-angular/presets';

const config: Config = {
  ...createCjsPreset({ testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env' }),
  roots: ['<rootDir>/src', '<rootDir>/emulator', '<rootDir>/contract'],
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['**/*.spec.ts'],
  // The V1/V3 method modules lazy chunks import (see src/app/wix/v1-writes.ts, v3-product-read.ts): their CommonJS builds here.
  moduleNameMapper: {
    '^#wix-stores-v1-methods$': '<rootDir>/node_modules/@wix/auto_sdk_stores_products/build/cjs/index.typings.js',
    '^#wix-stores-v3-methods$': '<rootDir>/node_modules/@wix/auto_sdk_stores_products-v-3/build/cjs/index.typings.js',
    '^#wix-categories-methods$': '<rootDir>/node_modules/@wix/auto_sdk_categories_categories/build/cjs/index.typings.js',
  },
  // The first test of a file pays for compiling what it imports (the SDK, Angular's testing modules): on a busy
  // 2-core machine that alone has taken more than jest's default 5 s. A test that hangs still fails, at 15 s.
  testTimeout: 15_000,
  clearMocks: true,
  restoreMocks: true,
};

export default config;
