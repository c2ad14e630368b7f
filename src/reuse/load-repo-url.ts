/** The code repository and the reader-report address, from the build's environment. A loader. */
import { repoUrl } from './correction.ts';
import { reportEmail } from './report-config.ts';

export const configuredRepoUrl = (): string | null => repoUrl(process.env);
export const configuredReportEmail = (): string | null => reportEmail(process.env);
