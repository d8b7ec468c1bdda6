import manifest from '../../package.json';

export const version: string = manifest.version;
export const homepage: string = manifest.repository.url;
