import type { IntentExamples } from './types.js';

export const requirements: IntentExamples = {
  intent: 'requirements',
  examples: [
    'syarat #layanan', 'syarat #layanan apa saja', 'apa saja syarat #layanan', 'persyaratan #layanan', 'persyaratan membuat #layanan',
    'syarat buat #layanan', 'syarat bikin #layanan baru', 'syarat perpanjang #layanan', 'syarat #layanan hilang', 'syaratnya apa',
    'apa syaratnya', 'syarat-syaratnya apa saja', 'berkas apa saja untuk #layanan', 'berkas yang harus dibawa', 'dokumen yang dibutuhkan',
    'dokumen apa saja yang perlu dibawa untuk #layanan', 'bawa apa saja untuk urus #layanan', 'perlu bawa apa', 'apa yang harus disiapkan',
    'apa saja yang perlu disiapkan untuk #layanan', 'harus bawa fotokopi apa saja', 'perlu fotokopi #layanan tidak', 'pakai materai tidak',
    'perlu surat pengantar rt rw', 'perlu surat pengantar tidak untuk #layanan', 'wajib bawa #layanan asli', 'kelengkapan berkas #layanan',
    'kelengkapan dokumen', 'ketentuan #layanan', 'kriteria pemohon #layanan', 'umur berapa bisa bikin #layanan', 'butuh apa saja buat #layanan',
    'mau urus #layanan harus bawa apa', 'saya mau bikin #layanan butuh apa saja', '#layanan saya hilang syaratnya apa',
    '#layanan rusak perlu bawa apa', 'syarat ganti #layanan yang rusak', 'syarat ubah data #layanan', 'syarat tambah anggota #layanan',
    'berkas untuk #layanan anak', 'syarat #layanan untuk bayi', 'harus bawa pas foto tidak', 'ukuran pas foto berapa',
    'pas foto warna apa background nya', 'boleh diwakilkan tidak', 'bisa diwakilkan keluarga', 'perlu surat kuasa tidak',
    'requirements for #layanan', 'what are the requirements', 'what documents do i need', 'what do i need to bring for #layanan',
    'documents needed for #layanan', 'do i need to bring my #layanan', 'what should i prepare', 'requirements to renew #layanan',
    'syarat #layanan online', 'persyaratan pengajuan #layanan', 'syarat pembuatan #layanan', 'persyaratan administrasi #layanan',
    'apa saja yang dibawa', 'bawa apa aja', 'kalau #layanan syaratnya apa', 'persyaratannya gimana', 'syarat lengkapnya apa', 'syarat #layanan perorangan', 'persyaratan #layanan bagi warga', 'apa saja kelengkapan untuk #layanan', 'kelengkapan apa yang dibawa', 'perlu dokumen apa', 'what is needed for #layanan', 'what papers do i need', 'which documents are required', 'requirements please', 'what do i need', 'syarat #layanan bagi pendatang', 'syarat #layanan untuk anak', 'dokumen pendukung #layanan', 'berkas persyaratan #layanan', 'harus siapkan apa saja', 'persiapan dokumen #layanan', 'perlu pengantar kelurahan tidak',
  ],
};
