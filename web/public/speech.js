// How the hall display says a call aloud, in Indonesian: letters spelled, digits one by one,
// the counter number in words. "KTP-007", "Loket 2" → "Nomor antrean K T P nol nol tujuh, silakan ke loket dua."
const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** 0–999 in Indonesian words (counter numbers). */
export function numberWords(n) {
  if (n < 10) return DIGITS[n];
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${DIGITS[n - 10]} belas`;
  if (n < 100) return [`${DIGITS[Math.floor(n / 10)]} puluh`, n % 10 ? DIGITS[n % 10] : ''].filter(Boolean).join(' ');
  if (n < 1000) {
    const hundreds = Math.floor(n / 100) === 1 ? 'seratus' : `${DIGITS[Math.floor(n / 100)]} ratus`;
    return [hundreds, n % 100 ? numberWords(n % 100) : ''].filter(Boolean).join(' ');
  }
  return String(n).split('').map((d) => DIGITS[Number(d)]).join(' ');
}

export function spokenCall(label, counter) {
  const [prefix = '', digits = ''] = String(label).split('-');
  const letters = prefix.split('').join(' ');
  const number = digits.split('').map((d) => DIGITS[Number(d)] ?? d).join(' ');
  const where = String(counter || 'loket').toLowerCase().replace(/\d+/g, (n) => numberWords(Number(n)));
  return `Nomor antrean ${letters} ${number}, silakan ke ${where}.`;
}
