/**
 * Function words in Indonesian and English. A message is out of scope when too many of its words are
 * unknown to every in-scope example (index.ts); these never count as unknown, because "kah", "tetap",
 * "with" or "about" say nothing about the topic, whether or not an example happened to use them.
 * Session 8 (english, dev sets 8 and 9): the words that turn a request into a polite question ("is it possible to
 * move it", "whether my registration went through", "how long does it usually take";
 * "th/st/nd/rd" are an ordinal's suffix, split from its number) left English questions with too few known words.
 * Session 42: "bentar", "sebentar" (hold on): "bentar, harus bawa foto ga?" asked at a booking step was refused as a question
 * about a thing called "bentar" (foreign-object.ts).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `yang di ke dari untuk dengan dan atau ini itu kah pun juga saja sudah belum masih akan bisa mau ingin perlu harus ada tidak
  apa ya karena kalau tetap lagi sama pada oleh para agar supaya bila jika apakah bagaimana berapa kapan dimana mana saya kami
  kita kamu dia mereka nya sini situ sana tersebut dalam atas bawah antara sebelum sesudah setelah sedang lalu kemudian terus
  sangat sekali banyak sedikit semua setiap tiap beberapa hanya cuma baru lama boleh dapat jadi punya buat bikin biar deh dong
  nih sih kan lho loh kok begitu begini seperti kayak gitu gini soal tentang terhadap hingga sampai sejak selama namun tapi
  tetapi melainkan serta maupun baik adalah ialah merupakan depan belakang samping sebelah dekat luar tadi barusan nanti
  sekarang kemarin masih pernah segera langsung bentar sebentar
  a an the is are was were be been am to of for on at in with about from by as do does did i me my mine you your we us our
  it its this that these those there here please any anything some something can could would will shall should may might
  have has had get got just also too very really so and or but if then than not no yes what which who whom how when where why
  already still yet
  whether usually directly possible kindly
  th st nd rd`
    .split(/\s+/)
    .filter((w) => w !== ''),
);
