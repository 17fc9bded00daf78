import { pick, type RandomSource } from './seeded-random.js';

/**
 * A real-looking UN document symbol of the Commission's 2019 session or its surroundings: reports
 * (E/CN.15/2019/4), draft proposals (E/CN.15/2019/L.3), corrigenda (E/CN.15/2019/7/Corr.1), joint
 * symbols with the Commission on Narcotic Drugs (E/CN.7/2019/2-E/CN.15/2019/2), General Assembly
 * resolutions (A/RES/73/186) and Council records (E/2019/30).
 */
export function sampleSymbol(random: RandomSource): string {
  const n = 2 + Math.floor(random() * 18);
  return pick(random, [
    () => `E/CN.15/2019/${n}`,
    () => `E/CN.15/2019/${n}`,
    () => `E/CN.15/2019/L.${1 + (n % 9)}`,
    () => `E/CN.15/2019/${n}/Corr.1`,
    () => `E/CN.7/2019/${n}-E/CN.15/2019/${n}`,
    () => `A/RES/73/${180 + n}`,
    () => `E/2019/${20 + n}`,
  ])();
}
