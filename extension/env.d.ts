interface ImportMetaEnv {
  /** True only in the test build (`RELAIS_TEST_BUILD=1`, see wxt.config.ts): the background exposes its test hooks. */
  readonly RELAIS_TEST_HOOKS?: boolean
}
