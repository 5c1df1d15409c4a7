import { currentJob, runAsJob } from './job-context';

const later = (ms: number): Promise<void> => new Promise((resolve) => { setTimeout(resolve, ms); });

describe('runAsJob', () => {
  it('gives each of two concurrent jobs its own job, also after the other one finished', async () => {
    const seen: string[] = [];
    const a = runAsJob({ key: 'a', attempts: 1 }, async () => {
      await later(5);
      seen.push(`a:${currentJob()?.key}`);
    });
    const b = runAsJob({ key: 'b', attempts: 2 }, async () => {
      await later(30);
      // 'a' has finished by now: the storage must still hold 'b'.
      seen.push(`b:${currentJob()?.key}:${currentJob()?.attempts}`);
      await later(1);
      seen.push(`b:${currentJob()?.nextPostOrdinal('c1')}${currentJob()?.nextPostOrdinal('c1')}`);
    });
    await Promise.all([a, b]);
    expect(seen).toEqual(['a:a', 'b:b:2', 'b:12']);
    expect(currentJob()).toBeUndefined();
  });

  it('settles like the work, and leaves no job behind after a failure', async () => {
    await expect(runAsJob({ key: 'x', attempts: 1 }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(runAsJob({ key: 'y', attempts: 1 }, () => { throw new Error('sync boom'); })).rejects.toThrow('sync boom');
    expect(currentJob()).toBeUndefined();
    await expect(runAsJob({ key: 'z', attempts: 1 }, () => Promise.resolve(currentJob()?.key))).resolves.toBe('z');
  });
});
