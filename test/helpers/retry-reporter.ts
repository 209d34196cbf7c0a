import path from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

/**
 * Names every test that failed and then passed on its retry (CI retries once, vitest.config.ts),
 * one line each, so .ci/run can list them: a flaky test is reported, never silently passed.
 */
export default class RetryReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const retries = test.diagnostic()?.retryCount ?? 0;
    if (retries > 0 && test.result().state === 'passed')
      this.retried.push(`${path.relative(process.cwd(), test.module.moduleId)} > ${test.fullName}`);
  }

  onTestRunEnd(): void {
    for (const name of this.retried) console.log(`PASSED ON RETRY ${name}`);
  }
}
