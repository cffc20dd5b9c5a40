import type { IntentExamples } from './types.js';

export const cost: IntentExamples = {
  intent: 'cost',
  examples: [
    'biaya #layanan', 'biaya #layanan berapa', 'berapa biaya #layanan', 'berapa biayanya', 'biayanya berapa', 'harga #layanan',
    'harganya berapa', 'tarif #layanan', 'tarifnya berapa', 'bayar berapa', 'bayar berapa untuk #layanan', 'berapa bayarnya',
    'ada biaya tidak', 'ada biayanya tidak', 'bayar tidak', '#layanan itu bayar tidak', 'buat #layanan itu bayar atau tidak', 'gratis tidak', 'apakah gratis', '#layanan gratis tidak', 'apa #layanan bayar',
    'kena biaya tidak', 'dipungut biaya tidak', 'berapa rupiah', 'berapa duit', 'berapa uang yang harus disiapkan', 'ongkosnya berapa',
    'biaya perpanjang #layanan berapa', 'biaya bikin #layanan baru', 'biaya ganti #layanan hilang', 'pnbp #layanan berapa',
    'biaya admin berapa', 'ada biaya admin tidak', 'mahal tidak', 'murah tidak', 'iuran #layanan berapa', 'iurannya berapa per bulan',
    'pajaknya berapa', 'berapa pajak #layanan', 'denda #layanan berapa', 'dendanya berapa kalau telat', 'biaya tambahan ada tidak',
    'how much is #layanan', 'how much does it cost', 'what is the fee', 'fee for #layanan', 'is it free', 'is #layanan free',
    'price of #layanan', 'cost of renewing #layanan', 'how much do i pay', 'any charges', 'do i have to pay',
    'total biayanya berapa', 'rincian biaya #layanan', 'bayar di loket atau transfer', 'biayanya gratis kan', 'harus bayar berapa',
    'perlu bayar gak', 'biaya #layanan sekarang berapa', 'tarif resmi #layanan',
    'biaya pembuatan #layanan', 'biaya pengurusan #layanan', 'berapa tarif #layanan', 'berapa harga #layanan', 'ada pungutan tidak', 'dipungut biaya berapa', 'harga resmi #layanan', 'bayarnya berapa', 'biaya #layanan gratis atau bayar', 'biaya #layanan mahal tidak', 'how much does #layanan cost', 'what does it cost', 'is there a fee', 'any fee for #layanan', 'how much to pay', 'cost please', 'is it free of charge', 'tarif pajak #layanan',
    // the payment question after the making ('kalau bikin #layanan bayar tidak'): "buat" alone pulled it to procedure
    'kalau buat #layanan bayar atau gratis', 'bikin #layanan harus bayar tidak', 'bayar tidak kalau urus #layanan',
    // a fine for being late (session 5)
    'kalau terlambat lapor kena denda tidak', 'telat bayar pajak kena denda berapa',
    // "bayarnya berapa": how much to pay (session 5)
    '#layanan anak bayarnya berapa',
  ],
};
