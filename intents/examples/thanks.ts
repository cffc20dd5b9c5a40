import type { IntentExamples } from './types.js';

export const thanks: IntentExamples = {
  intent: 'thanks',
  examples: [
    'terima kasih', 'makasih', 'makasih ya', 'makasih min', 'makasih kak', 'trims',
    'trimakasih', 'makasih atas infonya', 'tq', 'thx',
    'thanks', 'thank you', 'thank you very much', 'thanks a lot', 'many thanks', 'thanks for your help', 'ok thanks', 'mantap makasih', 'sangat membantu terima kasih', 'membantu sekali',
    'infonya sangat membantu', 'oke sudah jelas terima kasih', 'sudah paham makasih', 'jelas kak makasih', 'matur nuwun',
    'hatur nuwun', 'suwun', 'makasih ya bot', 'makasih layani', 'wah makasih', 'good thanks', 'appreciate it', 'thanks so much',
    'makasih banget', 'terima kasih sudah membantu', 'baik terima kasih', 'oke noted makasih', 'mantul makasih', 'tengkyu',
    'alhamdulillah terima kasih', 'makasih, bermanfaat sekali', 'cukup makasih',
    'terima kasih kak', 'terima kasih min', 'thank you kak', 'thanks kak', 'thanks min', 'thank you admin', 'terima kasih informasinya', 'terima kasih penjelasannya', 'makasih penjelasannya', 'oke siap terima kasih', 'baik kak terima kasih', 'terima kasih sekali', 'thank you for the information', 'thanks for the info', 'cheers thanks', 'nuhun', 'makasih udah bantu',
    'terima kasih iya', 'terima kasih banyak iya', 'terima kasih pak',
    'sama sama', 'iya sama sama', 'oke sama sama', 'terima kasih kembali', 'sama sama terima kasih juga', 'you are welcome', 'no problem thanks',
    // praise as thanks (session 5, English)
    'very helpful thanks', 'that was helpful', 'helpful thank you',
    // thanks for the answer's speed (session 9, english)
    'thanks for the quick reply',
    // Session 13 (dev set 34): British and Australian thanks.
    'ta', 'cheers', 'cheers mate', 'much appreciated',
  ],
};
