import { defineStrings } from '../define-strings.ts';

/**
 * Strings of the story and its charts (keys `story.`, `chart.`); the methodology's are in methodology.ts.
 * Figures never appear here: they arrive as {placeholders} from the model. Kazakh sentences keep a
 * placeholder where no case ending has to attach to it (the ending goes on the noun after it), so
 * any number or name reads correctly.
 */
export const story = defineStrings({
  kk: {
    'story.villages.heading': 'Интернеті жоқ ауылдар',
    'story.after.heading': '{year} жылдан кейін не өзгерді',
    'story.literacy.heading': 'Цифрлық сауаттылық',

    'story.departments.heading': 'Басқармалар бойынша электрондық форматқа көшірілген қызметтер',
    'story.dept.what.digital': 'электрондық форматқа көшірілген қызмет түрлерінің саны',
    'story.dept.what.notDigital': 'әлі қағаз түрінде көрсетілетін қызмет түрлерінің саны',
    'story.dept.what.total': 'қызмет түрлерінің жалпы саны',
    'story.dept.change.up': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни артты.',
    'story.dept.change.down': '{name}: {what} {fromDate} {from} еді, {toDate} {to} болды, яғни азайды.',
    'story.services.intro': '{date} {name} электрондық форматқа әлі көшірілмеген мына қызметтерді атады:',
    'story.villages.waiting':
      'Хабарланған күні — {date}: {village} ауылы ({district}) сол кезде әлі интернетке қосылуды күтіп отырған еді.',
    'story.literacy.caveat':
      'Бұл сан республикалық көрсеткіштерден әлдеқайда төмен. Анықтамасы белгісіз болғандықтан, ол басқа әдіспен өлшенген болуы ықтимал, бірақ облыстың шынымен артта қалғанын да жоққа шығаруға болмайды.',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернет болмаған',
    'story.villages.status.no-mobile-internet': 'мобильді интернет мүлде болмаған',
    'story.villages.status.awaiting-connection': 'интернетке қосылуды күтіп отырған',
    'story.villages.status.offices-connected-fibre':
      'мемлекеттік мекемелері талшықты-оптикалық желіге қосылған',
    'story.villages.status.connected-fibre': 'талшықты-оптикалық желі арқылы қосылған',
    'story.villages.status.connected-mobile-4g': '4G мобильді интернетке қосылған',
    'story.villages.status.slow-internet': 'тұрғындары интернетті жылдамдатуды сұраған',
    'story.villages.status.connected-mobile': 'ұялы байланыс желісіне қосылған (буыны көрсетілмеген)',
    'story.dept.change.same': '{name}: {what} өзгерген жоқ: {fromDate} — {from}, {toDate} — {to}.',
  },
  ru: {
    'story.villages.heading': 'Сёла без интернета',
    'story.villages.waiting': '{village} ({district}): на {date} село всё ещё ждало подключения к интернету.',
    'story.after.heading': 'Что изменилось после {year} года',
    'story.literacy.heading': 'Цифровая грамотность',

    'story.departments.heading': 'Услуги в электронном формате: по управлениям',
    'story.dept.what.digital': 'число видов услуг в электронном формате',
    'story.dept.what.notDigital': 'число видов услуг в бумажном виде',
    'story.dept.what.total': 'общее число видов услуг',
    'story.dept.change.up': '{name}: {what} выросло с {from} ({fromDate}) до {to} ({toDate}).',
    'story.dept.change.down': '{name}: {what} сократилось с {from} ({fromDate}) до {to} ({toDate}).',
    'story.services.intro':
      'В {date} {name} назвало услуги, которые ещё не были переведены в электронный формат:',
    'story.literacy.caveat':
      'Она намного ниже любой общенациональной цифры. Определение неизвестно, поэтому это может быть другой показатель, но реального отставания области исключить нельзя.',
    'story.villages.report': '{date} — {status}',
    'story.villages.status.no-internet': 'интернета не было',
    'story.villages.status.no-mobile-internet': 'мобильного интернета не было совсем',
    'story.villages.status.awaiting-connection': 'ждало подключения к интернету',
    'story.villages.status.offices-connected-fibre':
      'госучреждения были подключены к волоконно-оптической линии',
    'story.villages.status.connected-fibre': 'было подключено по волоконно-оптической линии',
    'story.villages.status.connected-mobile-4g': 'было подключено к мобильному интернету 4G',
    'story.villages.status.slow-internet': 'жители просили ускорить интернет',
    'story.villages.status.connected-mobile': 'было подключено к мобильной сети (поколение не указано)',
    'story.dept.change.same': '{name}: {what} не изменилось: {from} ({fromDate}) и {to} ({toDate}).',
  },
  en: {
    'story.villages.heading': 'Villages without internet',
    'story.villages.waiting':
      'As of {date}, {village} ({district}) was still waiting to be connected to the internet.',
    'story.after.heading': 'What has changed since {year}',
    'story.literacy.heading': 'Digital literacy',

    'story.departments.heading': 'Services online, department by department',
    'story.dept.what.digital': 'kinds of service online',
    'story.dept.what.notDigital': 'kinds of service still on paper',
    'story.dept.what.total': 'kinds of service in all',
    'story.dept.change.up': '{name}: {what} rose from {from} in {fromDate} to {to} in {toDate}.',
    'story.dept.change.down': '{name}: {what} fell from {from} in {fromDate} to {to} in {toDate}.',
    'story.services.intro': 'In {date}, {name} listed the services it had not yet moved online:',
    'story.literacy.caveat':
      'It is far below every national figure; with no definition it may be a different measure, but a real gap cannot be ruled out.',
    'story.villages.report': '{date}, {status}',
    'story.villages.status.no-internet': 'no internet',
    'story.villages.status.no-mobile-internet': 'no mobile internet at all',
    'story.villages.status.awaiting-connection': 'waiting to be connected',
    'story.villages.status.offices-connected-fibre': 'state offices connected by a fibre-optic line',
    'story.villages.status.connected-fibre': 'connected by a fibre-optic line',
    'story.villages.status.connected-mobile-4g': 'connected to 4G mobile internet',
    'story.villages.status.slow-internet': 'residents asked for faster internet',
    'story.villages.status.connected-mobile': 'connected to a mobile network (generation not stated)',
    'story.dept.change.same': '{name}: {what} stayed the same: {from} in {fromDate}, {to} in {toDate}.',
  },
});
