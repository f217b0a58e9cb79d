import { CursorTrail, CursorTrails } from './cursor-trail';

describe('CursorTrail', () => {
  it('learns one cursor per page fetched and where the list ends', () => {
    const trail = new CursorTrail();
    expect(trail.cursorFor(1)).toBeNull();
    expect(trail.cursorFor(2)).toBeUndefined();
    expect(trail.reachable(5)).toBe(1);
    trail.record(1, 10, 'c2');
    trail.record(2, 10, 'c3');
    expect(trail.reachable(5)).toBe(3);
    expect(trail.cursorFor(3)).toBe('c3');
    expect(trail.lastPage()).toBeNull();
    expect(trail.countBefore(3)).toBe(20);
    trail.record(3, 4, null);
    expect(trail.lastPage()).toBe(3);
    expect(trail.countBefore(4)).toBe(24);
  });

  it('an empty page after a next cursor ends the list on the page before it', () => {
    const trail = new CursorTrail();
    trail.record(1, 10, 'c2');
    trail.record(2, 0, null);
    expect(trail.lastPage()).toBe(1);
    expect(trail.countBefore(2)).toBe(10);
  });

  it('a shorter list (products removed) forgets the cursors past its new end', () => {
    const trail = new CursorTrail();
    trail.record(1, 10, 'c2');
    trail.record(2, 10, 'c3');
    trail.record(3, 10, 'c4');
    trail.record(2, 5, null);
    expect(trail.cursorFor(3)).toBeUndefined();
    expect(trail.reachable(9)).toBe(2);
    expect(trail.lastPage()).toBe(2);
  });

  it('a longer list (products added) no longer knows its end', () => {
    const trail = new CursorTrail();
    trail.record(1, 10, null);
    trail.record(1, 10, 'c2');
    expect(trail.lastPage()).toBeNull();
  });
});

describe('CursorTrails', () => {
  it('keeps the 20 most recently used lists', () => {
    const trails = new CursorTrails();
    trails.for('first').record(1, 10, 'c2');
    for (let i = 0; i < 20; i++) trails.for(`other-${i}`);
    expect(trails.for('first').cursorFor(2)).toBeUndefined();
  });

  it('forget() says whether there were cursors to start over from', () => {
    const trails = new CursorTrails();
    trails.for('a').record(1, 10, 'c2');
    trails.for('b');
    expect(trails.forget('a')).toBe(true);
    expect(trails.forget('b')).toBe(false);
    expect(trails.forget('never')).toBe(false);
  });
});
