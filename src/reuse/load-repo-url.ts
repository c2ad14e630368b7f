/** The code repository for "propose a correction" links, from the build's environment. A loader. */
import { repoUrl } from './correction.ts';

export const configuredRepoUrl = (): string | null => repoUrl(process.env);
