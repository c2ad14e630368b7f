/**
 * Every sentence of the site in English. Keys and {placeholders} are those of kk.ts, the reference:
 * a key missing, left over or with other {placeholders} fails the type check here. The data
 * dictionary's English is the contract's own, in src/data/schema.ts.
 */
import { translation } from '../translation.ts';

export const en = translation({
  // Every page: site name, navigation, values, dates, sources, footer.
  'site.name': 'Digital {region}',
  'nav.skip': 'Skip to main content',
  'nav.language': 'Language',
  'nav.main': 'Site sections',
  'nav.story': 'Story',
  'nav.villages': 'Village map',
  'nav.methodology': 'Methodology',
  'nav.data': 'Data',
  'value.notReported': 'not reported',
  'value.approximate': 'about {value}',
  'date.notReported': 'date not reported',
  'date.year': '{year}',
  'source.label': 'Source',
  'source.sources': 'Sources',
  'source.noUrl': 'link not preserved',
  'source.ourTranslation': '(our translation)',
  'footer.data': 'Every figure comes from the open data in the data/ folder, with its source.',
  'footer.licence': 'Code: MIT. Data: under the licences of its sources (data/README.md).',

  // The story's share card and its og:image text; the story itself is in src/content/story/.
  'front.headline': 'Did village residents get the internet? What the records show for {region}',
  'front.card.first': '{date}: villages reported without internet',
  'front.card.latest': '{date}: settlements with no mobile internet at all',
  'front.card.unnamed': 'settlements not named; how things stand now is unknown',
  'front.card.unknown': 'How things stand now is unknown',
  'front.card.sources': 'The source of every figure is on the site',

  // Charts: titles, subtitles, labels inside the drawings, notes, table columns.
  'chart.measure.digital': 'online',
  'chart.measure.notDigital': 'on paper',
  'chart.measure.total': 'total',
  'chart.status.counts': 'Figures reported',
  'chart.noShare': 'Total not reported, so no share',
  'chart.view.label': 'Show',
  'chart.view.counts': 'Counts',
  'chart.view.shares': 'Shares of total',
  'chart.col.department': 'Department',
  'chart.col.status': 'Status',
  'chart.col.shareDigital': 'Share online, %',
  'chart.col.indicator': 'Measure',
  'chart.col.value': 'Value',
  'chart.col.percent': 'Value, %',
  'chart.col.unit': 'Unit',
  'chart.col.date': 'Date',
  'chart.col.source': 'Source',
  'chart.unit.percent': 'percent',
  'chart.unit.count': 'count',
  'chart.figure.table': 'Data table',
  'chart.figure.notes': 'Notes',
  'chart.figure.asOf': 'Data as of {date}',
  'chart.departments.title': 'What each department reported, {date}',
  'chart.departments.subtitle':
    'Kinds of public service online and on paper in each department of the regional akimat ({region}). Where no figure was given, the chart says “not reported”.',
  'chart.departments.note.missing': '“Not reported” means the source gives no figure; it does not mean zero.',
  'chart.departments.note.noTotals':
    'No department’s total number of services was given, so no share of services online can be calculated.',
  'chart.departments.note.lagging':
    '“Lagging”: the source says the programme was going poorly in these departments, but gives no figures.',
  'chart.note.translatedNames':
    'English names of departments and services are our translations from Kazakh, not official names.',
  'chart.timeline.title': 'Internet in the settlements of {region}, as reported over the years',
  'chart.timeline.subtitle':
    'Each row is a separate measure: its figure on the left, and on the right the time it applies to. An exact date is a dot; a month, a year, or a longer range where the source gives no exact date, is a thin line with end caps.',
  'chart.timeline.note.measures':
    'The rows measure different things: no internet at all, no mobile internet, fibre, 4G coverage. They are not parts of one whole and must not be added up.',
  'chart.timeline.note.spans':
    'A range instead of a date means the article itself is undated: the range comes from its context, such as the term in office of the official who chaired the meeting.',
  'chart.timeline.note.undated':
    'Figures whose date no source gives stand on the right, in the “date not reported” lane, off the time axis.',
  'chart.timeline.note.denominators':
    'The sources count different numbers of settlements in the region ({totals}), so their figures are not directly comparable.',
  'chart.timeline.note.overlap':
    'In one source, settlements with 2G/3G only, with 4G and with no mobile internet at all add up to {sum}, while the same source counts {total} settlements in all: the groups may overlap, or one of the source’s figures is wrong.',
  'chart.timeline.note.plan':
    'The row of settlements planned to get 4G is a plan, not a result; none of these sources says whether it was met.',
  'chart.literacy.title': 'Digital literacy: the article’s figure and the national statistics',
  'chart.literacy.subtitle':
    'The {year} article put digital literacy in {region} at {value} without saying what was measured. The national figures cover two age groups.',
  'chart.literacy.caveat': 'Definition not given: not comparable with the national figures',
  'chart.literacy.note.definition':
    'The article does not say what its {value} measures, for which ages, or how. The official national figures for the same year are far higher, so it is probably a different measure.',
  'chart.literacy.note.regional': 'No official figure for {region} itself was found for any year.',
  'chart.literacy.note.points':
    'Each point is a yearly figure, drawn in the middle of its year; lines join the years of one measure.',
  'chart.status.lagging': 'Said to be lagging; no figures given',
  'chart.status.noFigures': 'Reported without figures',
  'chart.status.none': 'No figures on its own services',
  'chart.departments.note.years':
    'Each department shows every year a source reported on it, oldest first. A change is written out only where two years give the same figure.',
  'chart.departments.note.someTotals':
    'Shares are shown only for the years in which a source gave the department’s total.',
  'chart.services.title': 'Public services online across {country}: the national picture',
  'chart.services.subtitle':
    'Each panel is a separate indicator on its own scale: reported values are joined by a line, targets are hollow rings joined by a dashed line. Panels are not compared or added up.',
  'chart.services.legend.reported': 'Value a source reports',
  'chart.services.legend.target': 'Target: a plan, not a result',
  'chart.services.targetTip': 'This is a target, not a result.',
  'chart.services.col.kind': 'Kind',
  'chart.services.col.definition': 'Definition',
  'chart.services.kind.reported': 'reported value',
  'chart.services.kind.target': 'target',
  'chart.services.note.rows':
    'Kinds of service, services delivered and shares of households are different things: the value in one row cannot be compared with or added to another.',
  'chart.services.note.regional':
    'These are national figures; no figures on public services for {region} itself were found after 2018.',
  'chart.services.note.targets':
    'An empty ring is a target. Until a source reports the outcome, it is not counted as met.',
  'chart.timeline.col.area': 'Area',
  'chart.timeline.note.offices':
    '“Settlements whose state offices were connected to fibre” count offices such as akimats, schools and clinics; this is not homes being connected, nor “settlements with a fibre-optic line”.',
  'chart.timeline.note.national':
    'The rows for {country} are a backdrop; the rows for {region} are not a part of them, and “villages” and “settlements” are different counts.',
  'chart.departments.noFigures': 'No figures given: {list}',
  'chart.timeline.note.latest': 'Latest figures: {region}, {regionDate}; {country}, {date}.',
  'chart.map.unmapped.heading': 'Not on the map',
  'chart.map.unmapped': '{name}, {date}: {count} of {total} not named by the source, so not on the map',
  'chart.figure.embed': 'Embed / download',

  // The methodology page.
  'method.sources.intro':
    'Every publication and dataset the site uses. Titles are given as published; a title in another language has a translation beside it in square brackets. A source whose web address was not preserved is cited by its title.',
  'method.source.publisher': 'Publisher',
  'method.source.published': 'Published',
  'method.source.language': 'Language',
  'method.source.url': 'Address',
  'method.source.notPreserved': 'not preserved',
  'method.source.publisherNotPreserved': 'not preserved',
  'method.source.notes': 'Note',
  'method.source.quotes': 'In the source’s own words ({n})',
  'method.lang.kk': 'Kazakh',
  'method.lang.ru': 'Russian',
  'method.lang.en': 'English',
  'method.definitions.heading': 'Measures and their definitions',
  'method.definitions.intro':
    'Each measure below is a definition of its own. Two measures with similar names still count different things.',
  'method.definitions.unit': 'Unit',
  'method.terms.heading': 'What the department figures mean',
  'method.term.digital':
    '“{label}”: kinds of service a department has moved to electronic form, as the source states.',
  'method.term.notDigital': '“{label}”: kinds of service still provided only on paper.',
  'method.term.total': '“{label}”: all kinds of service the department provides.',
  'method.term.lagging':
    '“{label}”: the source says the programme was going unsatisfactorily in the department, without giving figures.',
  'method.term.noFigures':
    '“{label}”: the department reported but gave no figure, and the source gave it no verdict.',
  'method.term.notReported':
    '“Not reported”: the source gives no figure. It is never shown as zero, because zero would be a claim that nothing was done.',
  'method.term.dates':
    'Dates are as precise as their source: a year, a month or a day. Where the source carries no date and only its content narrows it down, a range is given.',
  'method.data.heading': 'The data',
  'method.data.text':
    'Every figure is kept as open data in CSV files, each row with its source. Download links are on the data page.',

  // The methodology page: its note on the sources after the first report.
  'method.later.heading': 'Sources after {year}',
  'method.later.intro':
    'The later figures come from news reports that quote officials, the institute that ran a survey and the national statistics. Below is what each source gives; each indicator is defined above.',
  'method.later.gives': 'gives:',
  'method.later.apart.heading': 'Why these figures stand side by side but are never added up',
  'method.later.apart.offices':
    'State offices connected to fibre are not homes, and settlements whose offices were connected are not “settlements with fibre”.',
  'method.later.apart.kinds':
    'The number of kinds of service available online counts kinds; services delivered online count individual requests. A share of the first is not a share of the second.',
  'method.later.apart.internet':
    '“Settlements with internet” count any technology, “villages with fibre” only fibre; “villages” leave out towns, “settlements” include them.',
  'method.later.apart.targets':
    'Targets are plans, not results: the charts mark them with an empty ring and never join them to actual figures with a line.',
  'method.later.apart.national':
    'National figures are a backdrop: the region’s figures are not counted as a part of them, and no regional share is derived from them.',

  // The village map page and its interactive map.
  'map.title': 'Village map: what the press reported about the internet',
  'map.description':
    '{region}: the settlements whose internet the press reported on, on a map and in a list by district, with the date and source of each report.',
  'map.intro':
    'The map marks the {count} settlements whose internet the press reported on. The list gives the latest report on each, its date and its source; where there were several reports, the earlier ones are under “Report history”.',
  'map.unnamed':
    'One source ({date}) gives only the number of villages in the region without internet ({count}), not their names. They are therefore not on the map, and whether any village shown here was among them is unknown.',
  'map.unlocated':
    'A source ({date}) counts {total} settlements with no mobile internet at all; the map shows only the {named} of them whose names are known.',
  'map.status.no-mobile-internet': 'Had no mobile internet at all',
  'map.status.awaiting-connection': 'Was waiting to be connected to the internet',
  'map.status.no-internet': 'Had no internet',
  'map.status.offices-connected-fibre': 'State offices connected by fibre-optic line',
  'map.status.connected-fibre': 'Connected by fibre-optic line',
  'map.status.connected-mobile-4g': 'Covered by 4G mobile internet',
  'map.status.slow-internet': 'Residents asked for faster internet',
  'map.status.connected-mobile': 'Connected to a mobile network (generation not stated)',
  'map.dateNotStated': 'date not stated',
  'map.dateNotStated.notLater': 'date not stated (not later than {to})',
  'map.dateNotStated.between': 'date not stated (not earlier than {from}, not later than {to})',
  'map.legend.undatedShort': 'Dashed outline: date not stated',
  'map.filter.date': 'Date of the report',
  'map.filter.allDates': 'All',
  'map.filter.dated': 'Date stated',
  'map.filter.undated': 'Date not stated',
  'map.legend.undated':
    'Dashed outline: the source of the latest report states no date. A report without a date never counts as the latest over a dated one.',
  'map.unmapped.heading': 'Places that cannot be mapped',
  'map.unmapped.intro':
    'A source reported on these settlements, but no record locates them, so they are in the list and not on the map.',
  'map.notLocated': 'Not on the map: it could not be located',
  'map.report.village': 'Report news about this settlement',
  'map.report.link': 'Report your village',
  'map.report.intro':
    'How does the internet work in your village? Tell us what connection there is, which operator, since when, and what shows it (an akimat’s reply, a press item, a photo of a notice).',
  'map.report.public':
    'The report is public on GitHub, and you need a GitHub account to send it. It becomes part of the data only once there is a source we can cite (a press item, an official reply, a public notice); an unverified report is never shown on the site as a fact.',
  'map.report.email': 'No account? Write to {email}',
  'map.report.issueTitle': 'Village report',
  'map.reported': 'Reported: {date}',
  'map.coordinates': 'Coordinates',
  'map.svgTitle': '{region}: villages in press reports',
  'map.svgDesc':
    'The region’s boundary, its neighbours, the main towns and {count} settlements. The full list is below the map.',
  'map.legend': 'Legend',
  'map.legend.region': 'Region boundary',
  'map.legend.town': 'Town (name as in GeoNames)',
  'map.credit.boundaries': 'Region boundaries',
  'map.credit.towns': 'Towns',
  'map.credit.villages': 'Village coordinates',
  'map.credit.publicDomain': 'public domain',
  'map.credit.osm': '© OpenStreetMap contributors',
  'map.download': 'Download the data (GeoJSON)',
  'map.open': 'Open the interactive map',
  'map.loading': 'Loading the map…',
  'map.loadError': 'The interactive map could not be loaded. The static map and the list are still here.',
  'map.saveData':
    'Data Saver is on, so the interactive map did not open by itself. You can open it with the button.',
  'map.interactive': 'Interactive map',
  'map.help':
    'Arrow keys move the map and + and − zoom. Tab moves between villages, Enter opens one and Escape closes it.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.close': 'Close',
  'map.inView':
    '{count} settlements in view. To move between them with the keyboard, zoom in or use the list.',
  'map.filter.legend': 'Filter',
  'map.filter.status': 'Status in the latest report',
  'map.filter.district': 'District',
  'map.filter.allStatuses': 'All statuses',
  'map.filter.allDistricts': 'All districts',
  'map.filter.shown': 'Showing {shown} of {total}',
  'map.filter.none': 'No settlement matches the filter.',
  'map.list': 'List by district',
  'map.romanized': '* The English spelling is our romanization of the Kazakh name, not an official one.',
  'map.history': 'Report history ({count})',
  'map.nameReading': 'The source has “{inSource}”; “{name}” is our reading.',
  'map.osmObject': 'OpenStreetMap, node {id}',
  'map.coordinatesFromSource': 'from the source',
  'map.legend.latest':
    'Each settlement is marked by the latest report on it: a circle where internet was lacking, too slow or awaited, a diamond where a connection was reported.',
  'map.notes': 'Notes on the reports',
  'map.notesElsewhere': '',

  // Embeds, downloads, the data page and the spreadsheets.
  'embed.panel': 'Embed & download',
  'embed.code': 'Embed code',
  'embed.codeHelp':
    'Paste the code into your page’s HTML. The chart sets its own height; where JavaScript is off, an image stands in for it.',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied',
  'embed.copyFailed': 'Could not copy: select the code and copy it yourself.',
  'embed.downloads': 'Download',
  'embed.png': 'Image, PNG ({width}×{height} pixels)',
  'embed.svg': 'Vector image, SVG',
  'embed.csv': 'Chart data, CSV (plain text)',
  'embed.xlsx': 'Chart data, Excel workbook (XLSX)',
  'embed.page': 'Page for embedding',
  'embed.cite': 'How to cite',
  'embed.citation':
    '“{title}”, {site}. {sourceLabel}: {sources}. Data version {version}. {url} (accessed {date}).',
  'embed.citationNoUrl':
    '“{title}”, {site}. {sourceLabel}: {sources}. Data version {version} (accessed {date}).',
  'embed.accessDate': '[the date you read it]',
  'embed.dataAsOf': 'Latest data: {date}',
  'embed.version': 'Data version: {version}',
  'embed.versionUnknown': 'unknown',
  'embed.more': 'More on {site}',
  'embed.map.title': '{region}: settlements whose internet the press reported on',
  'embed.map.subtitle': '{count} settlements named in news reports; one marker per settlement',
  'embed.map.col.name': 'Settlement',
  'embed.map.col.district': 'District',
  'embed.map.col.status': 'Reported status',
  'embed.map.col.date': 'Reported',
  'embed.map.col.lat': 'Latitude',
  'embed.map.col.lon': 'Longitude',
  'embed.map.col.source': 'Source',
  'data.version': 'Current data version: {version}.',
  'data.downloads': 'Downloads',
  'data.package': 'Data package',
  'data.packageHelp':
    'A Frictionless Data Package: datapackage.json describes the columns, types and links of every table; the files are those of the data/ folder.',
  'data.villages': 'Settlements',
  'data.villagesCsv': 'CSV (plain text, column names in English)',
  'data.villagesXlsx': 'Excel workbook (XLSX)',
  'data.villagesGeojson': 'GeoJSON, for mapping software',
  'data.charts': 'Chart data',
  'data.bom':
    'For Excel, take the XLSX file: numbers are numbers, dates are text as precise as their source, and a second sheet lists the sources. The CSV files are UTF-8 with a byte-order mark and use a decimal point. A figure the source does not give reads “not reported” in the chart files and `not-reported` in the data package.',
  'data.dictionary': 'Data dictionary',
  'data.dictionaryNote': 'Column meanings as written in the data contract.',
  'data.notReported': '`not-reported` marks a figure the source does not give. It never means zero.',
  'data.column': 'Column',
  'data.meaning': 'Meaning',
  'data.allowed': 'Allowed values',
  'data.kind.id': 'unique identifier',
  'data.kind.reference': 'an `id` in `{file}`',
  'data.kind.integer': 'whole number',
  'data.kind.number': 'number',
  'data.kind.boolean': '`true` or `false`',
  'data.kind.date': 'date: YYYY, YYYY-MM, YYYY-MM-DD or START/END',
  'data.kind.text': 'text',
  'data.kind.url': 'web address',
  'data.kind.enum': 'one of: {values}',
  'data.range': '{min} to {max}',
  'data.minimum': '≥ {min}',
  'data.required': 'required',
  'data.optional': 'may be empty',
  'data.orNotReported': 'or `not-reported`',
  'data.changelog': 'Data changelog',
  'data.changelogNote': 'Every change to the data/ folder, from the git history.',
  'data.changeDate': 'Date',
  'data.changeVersion': 'Version',
  'data.noHistory': 'This build has no change history.',
  'xlsx.sheet.data': 'Data',
  'xlsx.source.id': 'ID',
  'xlsx.source.title': 'Title',
  'xlsx.source.publisher': 'Publisher',
  'xlsx.source.url': 'Address',
  'xlsx.source.date': 'Published',

  // The data changelog, the feeds, the 404 page, correction links, the frame guard.
  'changes.what': 'What changed',
  'changes.where': 'Pages affected',
  'changes.added': 'rows added: {n}',
  'changes.changed': 'rows changed: {n}',
  'changes.removed': 'rows removed: {n}',
  'changes.newFile': 'new file',
  'changes.removedFile': 'file removed',
  'changes.columns': 'columns: {columns}',
  'changes.none': 'No table rows changed (documentation only).',
  'changes.entryTitle': 'Data updated on {date}',
  'feed.title': '{site}: data and story updates',
  'feed.link': 'Updates feed (Atom)',
  'feed.story': 'Story: {title}',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no such page. Check the address or start from the front page.',
  'notFound.home': 'Front page',
  'correction.propose': 'Propose a correction',
  'correction.help': 'Opens the data file on GitHub; your change is published after review.',
  'frame.open': 'Open this page on its own site',
});
