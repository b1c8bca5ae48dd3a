/**
 * The filing numbers a public website in mainland China shows in its footer, set at build time:
 * `ICP_FILING` (ICP 备案号, e.g. `京ICP备12345678号-1`), linked to the MIIT filing site, and, where
 * the site has one, `PSB_FILING` (公安联网备案号, e.g. `京公网安备11010502000001号`), linked to its
 * record on the Ministry of Public Security's site. Unset (the default), nothing is shown: a copy
 * of the site outside mainland China, or before its filing, carries no number it does not have.
 */

/** The MIIT ICP filing query site, where every ICP number is looked up. */
export const MIIT_FILING_URL = 'https://beian.miit.gov.cn/';
/** The public-security filing site; a number's record is `…?code=<digits>`. */
export const PSB_FILING_URL = 'https://beian.mps.gov.cn/#/query/webSearch';

/** One number to show, with where it links. */
export interface FilingNumber {
  text: string;
  href: string;
}

/** What the footer shows: each number when configured. */
export interface Filing {
  icp?: FilingNumber;
  psb?: FilingNumber;
}

/** A province's one-character abbreviation, then `ICP备`, digits, `号`, optional `-n` (a site's number). */
const ICP = /^\p{Script=Han}ICP备\d{6,10}号(-\d+)?$/u;
/** A province's abbreviation, `公网安备`, the 14-digit record code, `号`. */
const PSB = /^\p{Script=Han}公网安备(\d{14})号$/u;

/**
 * The filing numbers from the build's environment. A value that is set but malformed fails the
 * build with the variable's name, so a typo never reaches the footer of an official site.
 */
export function readFiling(env: Record<string, string | undefined>): Filing {
  const filing: Filing = {};
  const icp = env['ICP_FILING']?.trim();
  if (icp) {
    if (!ICP.test(icp)) throw new Error(`ICP_FILING: "${icp}" is not an ICP number like 京ICP备12345678号-1`);
    filing.icp = { text: icp, href: MIIT_FILING_URL };
  }
  const psb = env['PSB_FILING']?.trim();
  if (psb) {
    const code = PSB.exec(psb)?.[1];
    if (!code) throw new Error(`PSB_FILING: "${psb}" is not a 公安联网备案 number like 京公网安备11010502000001号`);
    filing.psb = { text: psb, href: `${PSB_FILING_URL}?code=${code}` };
  }
  return filing;
}

/** This build's filing numbers. */
export const filing: Filing = readFiling(process.env);
