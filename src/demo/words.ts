// Word lists for the generated sample data. A few accented names are mixed in so
// sorting and column widths meet non-ASCII text even in the plain Movies table.

export const ADJECTIVES = [
  'Silent', 'Crimson', 'Endless', 'Broken', 'Golden', 'Hidden', 'Last', 'Lonely', 'Midnight',
  'Wild', 'Frozen', 'Burning', 'Savage', 'Gentle', 'Secret', 'Forgotten', 'Distant', 'Electric',
  'Hollow', 'Iron', 'Velvet', 'Restless', 'Shattered', 'Silver', 'Strange', 'Sudden', 'Bitter',
  'Eternal', 'Fallen', 'Lucky', 'Northern', 'Painted', 'Quiet', 'Scarlet', 'Stolen', 'Twisted',
  'Wandering', 'Wicked', 'Young', 'Dark',
];

export const NOUNS = [
  'River', 'Empire', 'Garden', 'Shadow', 'Horizon', 'Promise', 'Storm', 'Kingdom', 'Mirror',
  'Voyage', 'Harvest', 'Echo', 'Frontier', 'Lantern', 'Machine', 'Orchard', 'Signal', 'Summer',
  'Winter', 'Island', 'Station', 'Letter', 'Tide', 'Crown', 'Bridge', 'Circus', 'Dream', 'Engine',
  'Fortune', 'Ghost', 'Highway', 'Journey', 'Legacy', 'Melody', 'Night', 'Passage', 'Rebellion',
  'Secret', 'Stranger', 'Witness', 'Sky', 'Heart', 'Border', 'Window', 'Alibi',
];

export const PLACES = [
  'Paris', 'Tokyo', 'Casablanca', 'Berlin', 'Zürich', 'São Paulo', 'Kyoto', 'Marrakesh',
  'Reykjavík', 'Montréal', 'Istanbul', 'Havana', 'Lagos', 'Mumbai', 'Seoul', 'Vienna',
  'Düsseldorf', 'Oaxaca', 'Kraków', 'Nairobi', 'the North', 'the Valley', 'the Desert',
  'the Moon', 'Mars', 'the City', 'the Coast', 'Nowhere',
];

export const FIRST_NAMES = [
  'Ava', 'Ben', 'Chloé', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kira',
  'Liam', 'Maya', 'Nils', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Sami', 'Tariq', 'Uma', 'Vera',
  'Wen', 'Ximena', 'Yusuf', 'Zoë', 'Anaïs', 'Björn', 'Carmen', 'Dmitri', 'Esther', 'Felix',
];

export const LAST_NAMES = [
  'Abbott', 'Bianchi', 'Castillo', 'Dubois', 'Eriksen', 'Fujita', 'García', 'Hughes', 'Ibrahim',
  'Jensen', 'Kowalski', 'Larsen', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rossi',
  'Silva', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zhang', 'Núñez', 'Søndergaard',
];

export const GENRES = [
  'Action', 'Adventure', 'Animation', 'Comedy', 'Crime', 'Documentary', 'Drama', 'Family',
  'Fantasy', 'Horror', 'Musical', 'Mystery', 'Romance', 'Sci-Fi', 'Thriller', 'War', 'Western',
];

export const ROLES = [
  'detective', 'widow', 'young pilot', 'retired boxer', 'schoolteacher', 'smuggler', 'robot',
  'stage magician', 'journalist', 'runaway heiress', 'cartographer', 'night nurse', 'con artist',
  'astronaut', 'jazz pianist', 'small-town sheriff', 'chess prodigy', 'lighthouse keeper',
];

export const GOALS = [
  'hunts for a stolen painting', 'falls for a stranger', 'tries to clear a name',
  'races against a deadline', 'uncovers a family secret', 'plans one last heist',
  'searches for a missing sister', 'must survive a long winter', 'rebuilds a ruined farm',
  'joins a travelling circus', 'breaks an ancient curse', 'outwits a corrupt mayor',
];

export const TWISTS = [
  'nobody is who they seem', 'the past refuses to stay buried', 'time is running out',
  'an old friend returns', 'the storm changes everything', 'the truth costs more than a lie',
];
