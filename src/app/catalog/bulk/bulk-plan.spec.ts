import { newPrice, reached, roundPrice, targetOf, undoPlan } from './bulk-plan';

describe('bulk plans: absolute targets computed once', () => {
  const values = { id: 'p1', name: 'Lamp', visible: true, price: 20 };

  it('turns relative changes into absolute prices with the chosen rounding', () => {
    expect(newPrice(20, { mode: 'percent', percent: 10, rounding: 'cents' })).toBe(22);
    expect(newPrice(19.99, { mode: 'percent', percent: -15, rounding: 'cents' })).toBe(16.99);
    expect(newPrice(10.2, { mode: 'amount', delta: 5, rounding: 'whole' })).toBe(15);
    expect(newPrice(10.2, { mode: 'amount', delta: 0, rounding: 'ninety-nine' })).toBe(10.99);
    expect(newPrice(5, { mode: 'amount', delta: -10, rounding: 'cents' })).toBe(0);
    expect(newPrice(null, { mode: 'percent', percent: 10, rounding: 'cents' })).toBeNull();
    expect(newPrice(null, { mode: 'set', amount: 12.345 })).toBe(12.35);
    expect(roundPrice(2e12, 'cents')).toBe(999_999_999.99);
  });

  it('a target reached is not written again, so a retry after a lost answer cannot double +10%', () => {
    const target = targetOf(values, { kind: 'price', change: { mode: 'percent', percent: 10, rounding: 'cents' } })!;
    expect(target).toEqual({ price: 22 });
    expect(reached(values, target)).toBe(false);
    expect(reached({ ...values, price: 22 }, target)).toBe(true);
    expect(reached({ ...values, visible: false }, { visible: false })).toBe(true);
    expect(targetOf({ ...values, price: null }, { kind: 'price', change: { mode: 'amount', delta: 1, rounding: 'cents' } })).toBeNull();
  });

  it('undo restores the values read before, as absolute values', () => {
    const undo = undoPlan([{ id: 'p1', name: 'Lamp', before: values, target: { price: 22 } }, { id: 'p2', name: 'Cup', before: { ...values, id: 'p2' }, target: { visible: false } }]);
    expect(undo.map((p) => p.target)).toEqual([{ price: 20 }, { visible: true }]);
  });
});

describe('membership plans: sets, read before', () => {
  const inA = { id: 'p1', name: 'Lamp', visible: true, price: 20, collectionIds: ['a', 'b'] };
  const outOfA = { ...inA, id: 'p2', collectionIds: ['b'] };

  it('targets membership as a set: a product already in (or out) has reached it and is not written', () => {
    const add = targetOf(outOfA, { kind: 'membership', membership: { id: 'a', member: true } })!;
    expect(add).toEqual({ membership: { id: 'a', member: true } });
    expect(reached(outOfA, add)).toBe(false);
    expect(reached(inA, add)).toBe(true);
    expect(reached(inA, { membership: { id: 'a', member: false } })).toBe(false);
    expect(reached(outOfA, { membership: { id: 'a', member: false } })).toBe(true);
    // Without membership read (no collectionIds), a product counts as in nothing.
    expect(reached({ ...inA, collectionIds: undefined }, add)).toBe(false);
  });

  it('undo restores the membership read before: out for products added, left in for those already in', () => {
    const add = { membership: { id: 'a', member: true } };
    const undo = undoPlan([{ id: 'p2', name: 'Cup', before: outOfA, target: add }, { id: 'p1', name: 'Lamp', before: inA, target: add }]);
    expect(undo.map((p) => p.target)).toEqual([{ membership: { id: 'a', member: false } }, { membership: { id: 'a', member: true } }]);
    expect(reached(inA, undo[1].target)).toBe(true);
  });
});

