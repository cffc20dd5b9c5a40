/**
 * WhatsApp formatting (issue #12): the core's emphasised parts in bold, typed text never formatting
 * by accident, and the first bubble of every real requirements answer within budget as rendered.
 */
import { describe, expect, it } from 'vitest';

import { neutralise, whatsappText } from '../../bots/whatsapp-format.js';
import { REQUIREMENTS_BUDGET, ServiceInfo } from '../../core/service-info.js';
import type { Lang } from '../../core/types.js';
import { loadDataSync } from '../../data/load.js';
import { plainFromWhatsApp } from './contract-drivers.js';

/** A marker WhatsApp would read: `*`, `_`, `~` or a backtick. */
const MARKER = /[*_~`]/;

describe('neutralise', () => {
  it('replaces every marker with a look-alike of the same length', () => {
    const typed = 'Saya *marah* _sekali_ ~batal~ ```kode``` 2*3';
    const out = neutralise(typed);
    expect(out).not.toMatch(MARKER);
    expect(out.length).toBe(typed.length);
    expect(plainFromWhatsApp(out)).toBe(typed);
  });

  it('leaves web addresses alone, so their links still open', () => {
    const text = 'Lihat https://example.go.id/a_b?x=*1* dan dukcapil.go.id/form_f1 atau _ini_';
    expect(neutralise(text)).toBe(`Lihat https://example.go.id/a_b?x=*1* dan dukcapil.go.id/form_f1 atau \u02CDini\u02CD`);
  });

  it('leaves text without markers unchanged', () => {
    expect(neutralise('📋 Syarat KTP\n1. KK')).toBe('📋 Syarat KTP\n1. KK');
  });
});

describe('whatsappText', () => {
  it('wraps each emphasised part in *…*, with a leading emoji outside', () => {
    const reply = { text: '📋 Syarat KTP\n1. KK\n\nBiaya: GRATIS.\nDasar hukum: UU 24/2013', emphasis: ['📋 Syarat KTP', 'Biaya: GRATIS.'] };
    expect(whatsappText(reply)).toBe('📋 *Syarat KTP*\n1. KK\n\n*Biaya: GRATIS.*\nDasar hukum: UU 24/2013');
  });

  it('bolds only what the core marked, never what a citizen typed', () => {
    const reply = { text: 'Pengaduan P-1: "*gratis* kok _bayar_?"\nStatus: diterima', emphasis: ['Status: diterima'] };
    const out = whatsappText(reply);
    expect(out).toBe('Pengaduan P-1: "\u2217gratis\u2217 kok \u02CDbayar\u02CD?"\n*Status: diterima*');
    expect(out.match(/\*/g)).toHaveLength(2);
  });

  it('skips a part that is not in the text or spans lines', () => {
    expect(whatsappText({ text: 'Halo', emphasis: ['Biaya: Rp0', 'Ha\nlo', ''] })).toBe('Halo');
    expect(whatsappText({ text: 'Halo' })).toBe('Halo');
  });
});

describe('requirements answers on WhatsApp, from the real catalog', () => {
  const { catalog, settings } = loadDataSync();
  const info = new ServiceInfo(catalog, settings);
  const all = catalog.services.flatMap((service) => service.variants.map((variant) => ({ service, variant })));

  it(`keep the first bubble within ${REQUIREMENTS_BUDGET} characters as WhatsApp shows it, title and fee line in bold`, () => {
    for (const lang of ['id', 'en'] as Lang[]) {
      for (const { service, variant } of all) {
        const text = info.answer('requirements', service, variant, lang);
        const rendered = whatsappText({ text, emphasis: info.emphasis('requirements', service, variant, lang) });
        const key = `${service.id}.${variant.id} ${lang}`;
        expect({ key, length: rendered.length, over: rendered.length > REQUIREMENTS_BUDGET }).toMatchObject({ key, over: false });
        const lines = rendered.split('\n');
        expect({ key, title: /^📋 \*[^*]+\*$/u.test(lines[0] ?? '') }).toEqual({ key, title: true });
        expect({ key, fee: lines.filter((l) => /^\*(Biaya|Fee): .+\*$/.test(l)).length }).toEqual({ key, fee: 1 });
        // The same words as Telegram and the terminal show.
        expect(plainFromWhatsApp(rendered)).toBe(text);
      }
    }
  });
});
