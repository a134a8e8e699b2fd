import { describe, expect, it } from 'vitest';
import { bridgeChannels } from './channels';
import { bridgeContract, listEndpoints } from './contract';

describe('the bridge channel list', () => {
  it('names exactly the contract’s endpoints, namespace by namespace, in its order', () => {
    const contractNames = Object.fromEntries(Object.entries(bridgeContract).map(([namespace, methods]) => [namespace, Object.keys(methods)]));
    expect(bridgeChannels).toEqual(contractNames);
    expect(Object.entries(bridgeChannels).flatMap(([namespace, methods]) => methods.map((method) => `${namespace}.${method}`))).toEqual(listEndpoints().map((endpoint) => endpoint.channel));
  });
});
