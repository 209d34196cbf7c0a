import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it, vi } from 'vitest';
import { ANONYMOUS } from '../../subgraphs/common/auth.js';
import { systemClock } from '../../subgraphs/common/clock.js';
import { createContext } from '../../subgraphs/common/context.js';

/** A root EntityManager that only counts its forks. */
function fakeRoot() {
  const fork = vi.fn(() => ({ forked: true }) as unknown as EntityManager);
  return { root: { fork } as unknown as EntityManager, fork };
}

describe('request context', () => {
  it('forks the EntityManager on first use only, also after Apollo Server copies the context', () => {
    const { root, fork } = fakeRoot();
    const ctx = createContext(root, { caller: ANONYMOUS, requestId: 'r1' }, systemClock);
    // What Apollo Server does with the context of each operation (cloneObject).
    const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as object, ctx) as typeof ctx;
    expect(fork).not.toHaveBeenCalled();
    expect(copy.caller).toBe(ANONYMOUS);
    expect(copy.requestId).toBe('r1');
    expect(copy.em).toBe(copy.em);
    expect(fork).toHaveBeenCalledTimes(1);
  });

  it('makes one DataLoader per name and request', () => {
    const { root } = fakeRoot();
    const ctx = createContext(root, { caller: ANONYMOUS, requestId: 'r2' }, systemClock);
    const batch = async (keys: readonly string[]) => keys.map((k) => k);
    expect(ctx.loader('a', batch)).toBe(ctx.loader('a', batch));
    expect(ctx.loader('a', batch)).not.toBe(createContext(root, { caller: ANONYMOUS, requestId: 'r3' }, systemClock).loader('a', batch));
  });
});
