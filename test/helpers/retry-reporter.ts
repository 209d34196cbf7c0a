import path from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

/**
 * Names every test that failed and then passed on its retry (CI retries once, vitest.config.ts),
 * with what the failed try said, so .ci/run can list them: a flaky test is reported, never
 * silently passed.
 */
export default class RetryReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const retries = test.diagnostic()?.retryCount ?? 0;
    const result = test.result();
    if (retries === 0 || result.state !== 'passed') return;
    const name = `${path.relative(process.cwd(), test.module.moduleId)} > ${test.fullName}`;
    // The failed tries' errors stay on the result of a test that passed on a retry.
    const first = result.errors?.[0];
    const why = first ? `\n  first try: ${(first.stack ?? first.message).split('\n').slice(0, 8).join('\n  ')}` : '';
    this.retried.push(`${name}${why}`);
  }

  onTestRunEnd(): void {
    for (const entry of this.retried) console.log(`PASSED ON RETRY ${entry}`);
  }
}
