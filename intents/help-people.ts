/**
 * Help and people said in words the examples lack (session 9, help-people on dev sets 10 and 11): the models rejected
 * most of these as out of scope, their words ("chatbot", "otomatis", "perintah", "eskalasi", "video call") being in no
 * example.
 * - A question about the bot itself is help: "ini chatbot resmi mpp ya? bisa dipake buat apa aja", "min ini otomatis ya?
 *   bisanya jawab apa aja", "layani itu apa sih", "ada daftar perintahnya ga?", "harus pake kata kunci apa": a word
 *   naming the bot or how it is used, and a word that asks. Not a bot one makes ("cara bikin bot telegram"), not an
 *   insult ("bot bodoh": nothing asked), not a service's question ("bot ini bisa daftar ktp?" keeps its intent).
 * - Asking to talk to a person is human: "bisa video call sama petugas ga?", "tolong eskalasi ke supervisor": a verb of
 *   talking or connecting, then a person of ours within a few words. Not the other way round ("petugas malah ngobrol
 *   sendiri" is a complaint: on dev sets 1, 3–11 every message with the verb first is labelled human, 97 of 97).
 * Session 10 (help-people on dev sets 12 and 13: a person asked for in the other ways people say it):
 * - whether one of ours is there: "cs nya ada gak?", "ada manusia di sini?", "ada admin?" (not "petugas": "petugasnya ada
 *   di loket 5 hari sabtu?" asks hours; not a bank's "cs bank bca");
 * - a person rather than the bot to answer: "tolong orang aja yg jawab", "manusia yang bales dong";
 * - a request put first in its sentence, "bisa telepon petugas? mau tanya kasus nib saya yang ribet", "mohon saya dilayani
 *   langsung soal akta": human beside the service it is about, and beside one word of judging, which judges the case;
 * - the bot asked about with a question mark as its only question word, when it is about using it ("kalau mau pakai bot
 *   ini harus daftar dulu gak?"), its instructions ("instruksinya gimana ya?"), or in English for its commands ("is there a
 *   list of commands").
 * Reads the raw text, lower-cased: the normaliser corrects several of these words into others ("nyambung" → "cambung").
 */
import type { IntentName } from '../core/nlu.js';
import type { Analysis } from './pipeline.js';

/** Words that say what the bot is or how it is used. */
// Its keywords too (session 29, dev set 158: "keyword2nya apa aja ya biar dibales").
const BOT_WORD = String.raw`(?:bot|chatbot|robot|otomatis|fitur|perintah|panduan|instruksi|tutorial|keyword|keywords|command|commands)`;
/** "this" bot: a deictic or an address beside it ("bot ini", "min ini otomatis"), its -nya, or its name, Layani. */
const DEICTIC = String.raw`(?:ini|nih|iki|ieu|this|kamu|lu|min|mpp)`;
const BOT = new RegExp(
  [
    String.raw`\b${BOT_WORD}(?:nya|2nya)\b`,
    String.raw`\b${DEICTIC}\s+(?:\S+\s+)?${BOT_WORD}\b`,
    String.raw`\b${BOT_WORD}\s+(?:\S+\s+)?${DEICTIC}\b`,
    String.raw`\blayani\b`,
    String.raw`\b(?:pake|pakai|ketik)\s+(?:kata kunci|keyword|perintah|command)`,
    String.raw`\b(?:list of|daftar)\s+(?:commands?|keywords?|perintah|kata kunci)\b`,
  ].join('|'),
);
/** First use with nothing named after the verb: the bot is what is used ("sy baru pertama kali pake, mulai dr mana ya"). */
const FIRST_USE = /\bpertama kali (?:pake|pakai|menggunakan|make)(?:nya)?\s*(?:[,.?!]|$|mulai|gimana|bagaimana)/;
const ASKS = /\b(?:apa|apaan|bisa|bisanya|gimana|gmn|bagaimana|cara|caranya|ngapain|fungsi|fungsinya|mulai|ada|kerja|what|how|is there|are there)\b/;
/**
 * Using the bot, which a bare question mark then asks about ("kalau mau pakai bot ini harus daftar dulu gak?"); without it
 * "kamu bot ya?" asks what the bot is, small talk (dev sets 7 and 9: "kamu robot ya? bodoh bgt" is out of scope).
 */
const USE = /\b(?:pakai|pake|make|menggunakan|gunain|use|using)\b/;
const MADE = /\b(?:bikin|membuat|create|make|coding|jual|beli)\b/;
/** Our people, asked for by what they are. */
const PERSON = String.raw`(?:petugas|admin|operator|manusia|supervisor|atasan|pimpinan|staff|staf|human|agent|pegawai)`;
const TALK = new RegExp(
  String.raw`\b(?:ngomong|omong|bicara|berbicara|ngobrol|chat|telpon|telp|telepon|call|vc|hubungi|hubungkan|sambungkan|sambungin|alihkan|alihin|eskalasi|connect|talk|speak)\b(?:\s+\S+){0,3}?\s+${PERSON}\b`,
);
/** One of ours asked to be there: "cs nya ada gak?", "ada manusia di sini?", "admin ada?" (see above). */
const PRESENT = new RegExp(
  [
    String.raw`\b(?:cs|admin|operator|manusia)\s?(?:nya)?\s+(?:ada|online|on)\b\s*(?:\?|gak|ga|nggak|ngga|engga|tidak|kah|ya|nih|$)`,
    // "ada admin online skrg?" (session 26, dev set 122): present and on now.
    String.raw`\bada\s+(?:manusia|orang (?:asli|beneran|betulan|sungguhan)|admin|operator|cs)(?:nya)?\s*(?:(?:online|standby|aktif)\s*(?:skrg|sekarang|skg|now)?\s*)?(?:di ?sini|yang|yg|gak|ga|nggak|tidak|\?|$)`,
  ].join('|'),
);
/**
 * The same in English (session 30, dev set 170: "is there a human admin I can chat with? English-speaking preferably"): a person
 * of ours asked to be there; not an "admin fee" (a cost: "is there any admin fee on top").
 */
const PRESENT_EN = /\b(?:is there|are there|do you have)\s+(?:a |an |any |some )?(?:real |actual |live )?(?:human|person|people|admin|operator|staff|officer|agent|someone|somebody)\b(?!\s+(?:fee|fees|charge|charges|cost|costs))/;
/**
 * Where the person is, said beside the bot (session 29, dev set 158: "bot mulu, org nya kmn"), and one of ours who can be
 * talked to, asked for ("aya admin nu bisa diajak ngobrol teu? lain robot", dev set 157, Sundanese: normalised "ada admin
 * yang bisa diajak bicara").
 */
const PERSON_WHERE = /\b(?:bot|robot|mesin)\w*\b.{0,30}\b(?:orang|org|admin|manusia|operator|cs|petugas)\s?(?:nya)?\s+(?:ke ?mana|kmn|kmna|di ?mana|dmn)\b/;
const SOMEONE_TO_TALK = /\b(?:ada|aya)\s+(?:admin|operator|petugas|orang|manusia|cs|pegawai)(?:nya)?\s+(?:yang|yg|nu)\s+(?:bisa|bs|tiasa)\s+(?:diajak|ditanya|ditanyain|dihubungi|ditelepon|ditelpon)\b/;
/**
 * How to ask here, or what this number is (session 29, dev set 158: "cara nanya yg bener gmn", "ini layanan apa sih? tiba2 ada
 * di kontak saya"): the way to put a question to the chat, and "this" service or number asked what it is (not "layanan apa
 * aja", the list).
 */
const HOW_TO_ASK = /\bcara (?:nanya|tanya|bertanya|ngetik|mengetik)(?:nya)?\b(?:\s+\S+){0,3}?\s+(?:(?:yang|yg) (?:bener|benar|betul)|di ?sini|(?:biar|supaya|agar) (?:di)?(?:bales|balas|jawab|ngerti|paham|nyambung))\b/;
const WHAT_IS_THIS = /^\W*(?:ini|ni|nih)\s+(?:layanan|nomor|nomer|akun|chat|kontak|bot|wa|whatsapp)\s+apa\b(?!\s+(?:aja|saja|ja|yang|yg))/;
/**
 * Whether this chat is the MPP's own, or who runs it (session 30, dev set 171: "ini akun resmi MPP bukan? takut penipuan
 * soalnya", "ini nomor wa resmi pemkab ya?", "yg ngelola chat ini siapa? dinas resmi atau pihak ketiga?"): a question about
 * the bot, which help answers (what it is, who runs it, what it does). "This" chat, number or account beside "resmi",
 * "asli" or "official"; not a workshop's or a lender's "resmi" ("bengkel resmi honda", "pinjol yang resmi").
 */
const CHAT_NAME = String.raw`(?:akun|nomor|nomer|no|wa|whatsapp|chat|chatbot|bot|kontak|layanan chat|account|number|page|channel)`;
const OFFICIAL = new RegExp(
  [
    String.raw`\b(?:ini|this|nih)\s+(?:\S+\s+)?${CHAT_NAME}\b(?:\s+\S+){0,3}?\s+(?:resmi|asli|official|legit)\b`,
    String.raw`\b${CHAT_NAME}\s+(?:ini|this)\s+(?:\S+\s+)?(?:resmi|asli|official|legit)\b`,
    String.raw`^\W*(?:ini|is this)\s+(?:\S+\s+)?(?:resmi|official|legit)\b`,
    String.raw`\b(?:siapa|who)\b.{0,30}\b(?:ngelola|kelola|mengelola|pengelola|ngurus|runs|manages|operates)\b.{0,25}\b${CHAT_NAME}\b`,
    String.raw`\b(?:ngelola|kelola|mengelola|pengelola|runs|manages)\s+${CHAT_NAME}\s+(?:ini|this)\b`,
  ].join('|'),
);
/** A person, not the bot, to answer: "orang aja yg jawab", "manusia yang bales dong". */
// With its -nya too ("Tolong orangnya aja yg jawab", session 29, dev set 164).
const PERSON_ANSWERS = /\b(?:manusia|orang(?:nya)?(?: asli| beneran)?|petugas(?:nya)?|admin(?:nya)?|operator(?:nya)?|cs)\s+(?:aja|saja|langsung)?\s*(?:yang|yg)\s+(?:jawab|balas|bales|bantu|layani|respon|handle)\b/;
/**
 * Our customer service, put through to (session 41, dev set 327: "tolong oper ke CS beneran, pertanyaan saya ribet" was read as
 * a complaint by its "ribet"): "cs" alone or said to be real or ours. In the field 60 of 62 messages that ask to be put through to
 * a CS ask for ours; the other two name a shop's ("sambungin ke CS Shopee"), which the lookahead leaves out.
 */
const OUR_CS = String.raw`(?:cs|customer service)(?=\s*(?:$|[,.!?]|(?:beneran|asli|manusia|nya|mpp|dong|aja|saja|ya|langsung|please|pls)\b))`;
/** A request to talk or be served in person, first in its sentence: "bisa telepon petugas?", "mohon saya dilayani langsung". */
// Session 23 (dev set 97, help-people with a reason told after): "tolong hubungkan dgn operator, sy udah 3x nanya ga dijawab
// bener", "Tolong teruskan pesan saya ke operator", "saya ingin dilayani oleh petugas langsung": the verbs of putting through
// asked of us, up to three words before the person, and served by a person named.
// Session 23 (dev set 101): the imperative alone opens a message too ("sambungkan saya ke petugas bpjs kes, kartu saya …", "oper ke
// manusia aja deh"). Session 24 (dev set 105): "panggilin admin dong penting banget", "tolong panggilkan petugas" (a complaint,
// its "petugas" the staff complained of).
const ASKED_TALK = new RegExp(
  String.raw`^\W*(?:(?:tolong|tlg|mohon)\s+)?(?:sambungkan|sambungin|hubungkan|hubungin|teruskan|terusin|alihkan|alihin|oper|operin|panggil|panggilkan|panggilin)\s+(?:\S+\s+){0,3}?(?:(?:${PERSON}|manusia|orang)\b|${OUR_CS})`
    + String.raw`|(?:^|[.?!,/]\s*)(?:\S+\s+){0,2}?(?:bisa|boleh|tolong|tlg|mohon|minta|mau|pengen|ingin)\s+(?:saya\s+)?(?:ngomong|bicara|berbicara|ngobrol|telpon|telp|telepon|call|vc|hubungi|dihubungkan|disambungkan|hubungkan|hubungin|sambungkan|sambungin|teruskan|terusin|diteruskan|alihkan|alihin|dialihkan|dioper|dioperin|oper|operin|panggil|panggilkan|panggilin)\s+(?:\S+\s+){0,3}?(?:${PERSON}\b|${OUR_CS})`
    + String.raw`|\b(?:mohon|tolong|minta|ingin|mau|pengen)\s+(?:saya\s+)?(?:dilayani|dibantu|bicara|ngomong|ketemu|bertemu)\s+(?:(?:oleh|sama|dengan|dgn)\s+)?(?:langsung\b|${PERSON}\b)`
    // Session 34 (dev sets 138, 142, 59, 214): the imperative opening a later clause, after what went wrong ("aku ga ngerti,
    // panggilin orangnya aja deh", "udah lah bot, oper ke petugas aja"), and "tolong orangnya aja" (a person, not the bot).
    + String.raw`|[.?!,]\s*(?:\S+\s+){0,1}?(?:sambungkan|sambungin|hubungkan|hubungin|alihkan|alihin|oper|operin|panggil|panggilkan|panggilin)\s+(?:saya\s+)?(?:ke\s+)?(?:${PERSON}|orang)(?:nya)?(?:\s+(?:asli|beneran))?(?:\s+(?:aja|saja|dong|deh)\b|\s*(?:[.?!,]|$))`
    + String.raw`|\btolong\s+(?:${PERSON}|orang)(?:nya)?(?:\s+(?:asli|beneran))?\s+(?:aja|saja)\b`,
);
/**
 * A person to come, help or take over, said as what one of ours should do (session 25, dev sets 112, 113, 116: people inside
 * the building or who cannot read the screen): "mau ngomong ame orang beneran aje", "bisa dibantu sama orang aja lwt voice
 * call?", "ada petugas yg bisa nyamperin sy ga? sy pake tongkat", "misal chat ini diterusin ke pegawai mpp bisa gak?".
 */
const REAL_PERSON = String.raw`(?:${PERSON}|orang\s+(?:asli|beneran|betulan|sungguhan|nyata))`;
const PERSON_WANTED = new RegExp(
  // Javanese krama "matur" (to speak to one's elder) with "kaliyan/kalih/dhateng" (session 25, dev set 120).
  String.raw`\b(?:ngomong|omong|omongan|omong2an|bicara|ngobrol|chat|chatting|matur)\s+(?:\S+\s+){0,2}?${REAL_PERSON}\b`
    + String.raw`|\bdibantu\s+(?:sama|oleh|ama|sm|dengan|dgn)\s+(?:orang|manusia|${PERSON})(?:\s+(?:aja|saja|langsung))?\b`
    + String.raw`|\b(?:petugas|pegawai|staf|staff|satpam|admin)\s+(?:yang|yg)\s+(?:bisa|bs|mau)\s+(?:nyamperin|samperin|menghampiri|hampiri|jemput|jemputin|nemenin|temenin|menemani|temani|dampingi|mendampingi)\b`
    + String.raw`|\b(?:di)?(?:terusin|teruskan|sambungin|sambungkan|alihin|alihkan|oper|operin|forward)\s+(?:ke|kepada|sama)\s+(?:\S+\s+){0,1}?${PERSON}\b`
    // Answered by a real person, asked outright (session 36, dev set 228: "balas pake orang beneran dong, jawaban robotnya
    // muter2"); only a real person or one of ours, and only the bare verb: "dijawab sama petugas" tells what happened.
    + String.raw`|(?:^|[.?!,]\s*)(?:\S+\s+){0,1}?(?:balas|bales|jawab|layani|respon)(?:in)?\s+(?:pake|pakai|sama|oleh|ama|sm|by)\s+${REAL_PERSON}\b`,
);
/**
 * Session 29 (dev sets 163 and 164): someone of ours to accompany a parent ("minta tolong ada petugas yang dampingi di dalam",
 * "bisa minta didampingi petugas dari awal sampai selesai?"), a person needed instead of the bot ("Bot, aku butuh orang.
 * titik."), and a person asked for outright, first in the message and alone in its clause ("minta operator ki, urusan om ku
 * ribet sekali": what follows is why, however it judges).
 */
const ACCOMPANIED = new RegExp(
  String.raw`\b(?:di)?(?:dampingi|damping|temani|temenin|temanin)\s+(?:oleh\s+|sama\s+|sm\s+|dengan\s+)?${PERSON}\b|\b${PERSON}(?:nya)?\s+(?:yang|yg)\s+(?:dampingi|mendampingi|nemenin|menemani|temani|nemani)\b`,
);
/**
 * A person's help said as a need (session 30, dev set 171: "sy butuh bantuan petugas utk kasus data ganda di dukcapil"): the help
 * of one of ours needed or asked for; in the field 7 of 8 such messages ask for a person (the eighth tells what staff said).
 */
const STAFF_HELP_NEEDED = /\b(?:butuh|perlu|minta|mohon|need)\s+(?:bantuan|dibantu|help)\s+(?:langsung\s+)?(?:dari\s+|from\s+)?(?:seorang\s+|a\s+)?(?:petugas|admin|operator|pegawai|staf|staff|manusia|human|officer)\b/;
const PERSON_NEEDED = new RegExp(String.raw`\b(?:bot|robot)\w*\b.{0,30}\b(?:butuh|perlu|mau|minta)\s+(?:orang|manusia|${PERSON})\b`);
const ASKED_OUTRIGHT = new RegExp(
  String.raw`^\W*(?:\S+\s+){0,2}?(?:minta|mau|pengen|ingin|butuh)\s+(?:ke\s+|sama\s+|dengan\s+)?(?:${PERSON}|orang asli|orang beneran)(?:nya)?(?:\s+(?:ki|ka|mi|ji|dong|aja|saja|ya|deh))?\s*(?:[,.!]|$)`,
);
/** Accompaniment asked for, not missed: "tidak ada petugas yang mendampingi, saya tersesat" is a grievance. */
function accompaniedAsked(text: string): boolean {
  const m = ACCOMPANIED.exec(text);
  return m !== null && !/\b(?:tidak|tdk|ga|gak|nggak|enggak|belum|tanpa)\s+(?:ada\s+)?(?:\S+\s+)?$/.test(text.slice(Math.max(0, m.index - 25), m.index));
}
/** Intents asking for information: a plain request to talk to one of ours keeps its person however the topic pulls. */
const INFO_ASKED: ReadonlySet<IntentName> = new Set(['requirements', 'procedure', 'cost', 'duration', 'location', 'hours']);

/** Not the bot, a person: "gak usah bot2an, orang aja", "jangan bot, admin aja" (session 23, dev set 97). */
const NOT_THE_BOT = new RegExp(String.raw`\b(?:bot|robot|mesin)\w*\b.{0,20}?\b(?:orang|manusia|${PERSON})(?:\s+(?:asli|beneran|betulan))?\s+(?:aja|saja|ajalah|dong)\b`);
/**
 * Lost in the conversation itself, asking what to do next in it (session 19, dev set 65: people sent to the chat by a guard
 * or a neighbour, after a bad day): "Abis ini saya harus bales apa?", "mulai dari mana ya kak, saya newbie", "disuruh satpam
 * chat nomor ini, terus gimana?", "kalau mau nanya syarat, formatnya harus gimana?". What to type is always about the chat
 * (19 of 19 dev messages so asked are help); where to start only in a short message, since a letter "bingung harus mulai
 * dari mana" tells of a problem of its own (an illness, a move: 1 out of scope, 12 procedure with their service named).
 */
const WHAT_TO_TYPE = /\b(?:bales|balas|ketik|jawab|pilih|tulis|kirim)(?:nya)?\s+apa(?:\s+(?:ya|lagi|dong|sih|nih))*\s*(?:\?|$|[.,!])/;
const WHERE_TO_START = /\bmulai (?:dari|dr) mana\b|\b(?:cara|gimana|gmn|bagaimana) (?:cara )?(?:mulai|memulai)\b|\bmulai (?:dari |dr )?awal\b/;
const CHAT_THEN_WHAT = /\b(?:chat|nomor|wa|whatsapp|telegram|sini|bot)\b.{0,40}\b(?:terus|trus|trs|lalu|abis itu|habis itu|selanjutnya) (?:saya |sy )?(?:harus )?(?:gimana|gmn|bagaimana|ngapain|caranya)\b/;
const ASKING_FORMAT = /\b(?:nanya|tanya|ketik|kirim|chat|pesan)\b.{0,40}\bformat(?:nya)?\b/;
const SHORT_WORDS = 12;
/**
 * What the chat itself takes (session 20, dev set 77: older citizens and their children): a voice note, a photo sent "lewat
 * sini", a regional language or short words the bot understands, what this number is for: "boleh pake VN aja?", "bisa kirim
 * foto dokumen lewat sini ga?", "ini bisa dipake pake bahasa daerah gak?", "nomor ini cuma buat info atau bisa daftar antrian
 * juga?". A medium of chat is about the chat wherever it is asked; a photo, a file or a language only beside "sini", "ini"
 * or "nomor ini".
 */
const CHAT_MEDIUM = /\b(?:vn|voice ?note|voice ?notes|pesan suara|rekaman suara|voice message|stiker|sticker)\b/;
// The register it takes too: "harus pake bahasa baku ga?" (session 29, dev set 158).
const CHAT_TAKES = /\b(?:foto|gambar|file|dokumen|pdf|bahasa (?:daerah|jawa|sunda|bugis|banjar|inggris|baku|formal|gaul|indonesia)|english|singkat(?:2|-singkat)?)\b/;
const THIS_CHAT = /\b(?:lewat|via|di|ke) (?:sini|chat ini|nomor ini|wa ini)\b|\b(?:nomor|bot|chat|layanan chat) ini\b|^(?:ini|ni|nih)\b/;
const CAN = /\b(?:bisa|boleh|bs|ngerti|paham|bisakah|can|may)\b|\?/;
const NUMBER_FOR = /\b(?:nomor|chat|bot) ini (?:cuma|hanya|cuman|khusus) (?:buat|untuk) /;
/**
 * Asked to be called back: "telepon balik ya kak", "tolong hubungi saya, mau tanya urusan paspor anak", "call me back", in the
 * passive too ("saya lansia susah ngetik, bisa ditelepon balik sama petugas?", dev set 109).
 */
const CALL_BACK = /\b(?:di)?(?:telepon|telpon|telp|tlp|hubungi|call|vc)(?:in)?\s+(?:balik|kembali|saya|sy|aku|me back)\b/;
/** …but a call back waited for or promised and not made is a grievance ("sa tunggu telepon balik dari petugas … nihil"). */
const CALL_WAITED = /\b(?:tunggu|nunggu|menunggu|ditunggu|belum|janji|dijanjikan|janjinya|waiting|promised)\b.{0,20}\b(?:telepon|telpon|telp|tlp|hubungi|call)/;

/**
 * How to use this chat (session 23, dev set 101, older hands: "bagai mana cara nya memakai whats app mpp ini", "Tolong jelaskan
 * langkah memakai layanan chat ini dari awal", "apa bisa pakai chat ini? bagaimana caranya"): the way or the steps, a verb of
 * using, and this chat named; a service's steps name the service ("cara pakai aplikasi oss" is not this chat).
 */
const HOW_TO_USE_THIS = /\b(?:cara|caranya|cara nya|langkah|gimana|gmn|bagaimana|bagai mana)\b.{0,40}\b(?:pakai|pake|memakai|menggunakan|make)\b.{0,20}\b(?:chat|whats ?app|wa|layanan chat|bot)\b(?: \w+)? ini\b|\b(?:pakai|pake|memakai|menggunakan)\s+(?:chat|wa|bot) ini\b.{0,30}\b(?:caranya|bagaimana|gimana|gmn)\b/;

/** "kok bisa dioper ke petugas lain": how come, a grievance told as a question, not a request (session 26 probe). */
const HOW_COME = /\bkok\b/;
/**
 * "dioper" is a feeling word (passed from counter to counter, feelings.ts), but asked for it is the request itself: in "kalo
 * pertanyaan sy ribet, bisa dioper ke petugas ga?" only "ribet" judges, and it judges the question (session 25's note).
 */
const PASSED_ON = /\b(?:di)?oper(?:in)?\b/;

/** At most this many words before a request to be put through, and it is asked first (a greeting, "min"). */
const ASKED_FIRST_WORDS = 3;

/** What the models may have made of these: a request of another intent keeps its own. */
const TAKEN_FOR: ReadonlySet<IntentName> = new Set(['fallback', 'procedure', 'list_services', 'book', 'my_booking', 'greeting', 'complaint']);

/** True when the message asks whether this chat is the MPP's own, or who runs it (OFFICIAL above). */
export function asksOfficial(a: Analysis): boolean {
  return OFFICIAL.test(a.raw.toLowerCase());
}

/** help or human for a message about the bot or asking for a person (see above), or null. */
export function helpOrPeople(a: Analysis, intent: IntentName): 'help' | 'human' | null {
  const text = a.raw.toLowerCase();
  // "ini chatbot asli punya pemda bukan ya": its "asli" is the models' word for a real person asked for; nothing here asks for one.
  if (intent === 'human') return a.feelings <= 1 && OFFICIAL.test(text) && !TALK.test(text) && !ASKED_TALK.test(text) && !PERSON_WANTED.test(text) ? 'help' : null;
  // "gak usah bot2an" reads as "tidak usah", a cancel's words.
  if (intent === 'cancel') return a.feelings === 0 && NOT_THE_BOT.test(text) ? 'human' : null;
  // A request to be put through read as help by its "mohon … bantu" ("MOHON DIHUBUNGKAN KE PETUGAS DUKCAPIL YANG BISA BANTU",
  // dev set 101), or a person asked instead of the bot ("gak usah pake bot, admin aja": help once dev sets 105–110 taught the
  // models more about the bot); help keeps every other reading.
  if (intent === 'help') return ASKED_TALK.test(text) || PERSON_WANTED.test(text) || (a.feelings === 0 && NOT_THE_BOT.test(text)) ? 'human' : null;
  // "saya anaknya, mewakili ibu. mau bicara dengan petugas soal pindah domisili ibu": the topic pulled to its papers.
  if (INFO_ASKED.has(intent) && a.feelings === 0 && (ASKED_TALK.test(text) || STAFF_HELP_NEEDED.test(text))) return 'human';
  if (!TAKEN_FOR.has(intent)) return null;
  if (ASKED_OUTRIGHT.test(text)) return 'human';
  if (a.feelings <= 1 && (accompaniedAsked(text) || PERSON_NEEDED.test(text) || STAFF_HELP_NEEDED.test(text))) return 'human';
  // Asked first, the request is the message and what follows is its reason, however it judges ("tolong hubungkan dgn operator,
  // sy udah 3x nanya ga dijawab bener": two words of judging made it a complaint; session 23, dev set 97).
  const talk = ASKED_TALK.exec(text);
  const judged = talk !== null && PASSED_ON.test(talk[0]) ? a.feelings - 1 : a.feelings;
  if (talk !== null && !HOW_COME.test(talk[0]) && (judged <= 1 || text.slice(0, talk.index).split(/\s+/).length <= ASKED_FIRST_WORDS)) return 'human';
  if (a.feelings <= 1 && CALL_BACK.test(text) && !CALL_WAITED.test(text)) return 'human';
  if (a.service !== null) return null;
  if (TALK.test(text)) return a.feelings === 0 && !CALL_WAITED.test(text) ? 'human' : null;
  if (a.feelings === 0 && (PRESENT.test(text) || PRESENT_EN.test(text) || PERSON_ANSWERS.test(text) || NOT_THE_BOT.test(text))) return 'human';
  if (a.feelings <= 1 && (PERSON_WHERE.test(text) || SOMEONE_TO_TALK.test(text) || SOMEONE_TO_TALK.test(a.normalized))) return 'human';
  if (a.feelings <= 1 && PERSON_WANTED.test(text)) return 'human';
  // Asked how to use this chat, whatever the asker says of their own skill ("saya kurang paham teknologi").
  if (intent !== 'complaint' && HOW_TO_USE_THIS.test(text)) return 'help';
  // Said beside a fear of being cheated ("takut penipuan"), which is why it is asked: one word of judging is its reason.
  if (intent !== 'complaint' && intent !== 'greeting' && a.feelings <= 1 && OFFICIAL.test(text)) return 'help';
  if (intent === 'complaint' || a.feelings > 0) return null;
  if (WHAT_TO_TYPE.test(text) || CHAT_THEN_WHAT.test(text) || ASKING_FORMAT.test(text) || HOW_TO_ASK.test(text) || WHAT_IS_THIS.test(text)) return 'help';
  if (CAN.test(text) && (CHAT_MEDIUM.test(text) || (CHAT_TAKES.test(text) && THIS_CHAT.test(text)) || NUMBER_FOR.test(text))) return 'help';
  if (WHERE_TO_START.test(text) && text.split(/\s+/).length <= SHORT_WORDS) return 'help';
  const asks = ASKS.test(text) || (text.includes('?') && USE.test(text));
  return (BOT.test(text) || FIRST_USE.test(text)) && asks && !MADE.test(text) ? 'help' : null;
}
