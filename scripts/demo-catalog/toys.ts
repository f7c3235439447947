import { flag, makeSpec, pairs, priceCell, type Row, table, when } from './table.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = ['brand', 'model', 'title', 'price', 'leaf', 'age', 'attrs', 'hook'];

const ROWS = `
LEGO | Technic Ford Mustang Shelby GT500 | LEGO Technic Ford Mustang Shelby GT500 Building Set | 49.99 | building | 9+ | pieces=544;color=Blue | A pull-back motor sends the finished car racing across the floor.
LEGO | Technic Monster Jam Max-D | LEGO Technic Monster Jam Max-D Pull-Back Truck | 19.99 | building | 7+ | pieces=230;color=Green | A quick build with a pull-back motor for stunts and wheelies.
LEGO | Technic Off-Road Race Buggy | LEGO Technic Off-Road Race Buggy Building Set | 34.99 | building | 10+ | pieces=426;color=Yellow | Working suspension soaks up bumps on carpet and garden paths.
LEGO | Minecraft The Crafting Box 4.0 | LEGO Minecraft The Crafting Box 4.0 Building Set | 69.99 | building | 8+ | pieces=605;color=Multicolor | Rebuild the pieces into a river tower, a cat cottage and more.
LEGO | Minecraft The Mountain Cave | LEGO Minecraft The Mountain Cave Building Set | 109.99 | building | 8+ | pieces=2863;color=Multicolor | A huge modular cave with a working minecart track.
LEGO | Star Wars Millennium Falcon | LEGO Star Wars Millennium Falcon Building Set | 169.99 | building | 9+ | pieces=1351;color=Gray | The top lifts off to reveal the cockpit, a gunner station and a hidden hold.
LEGO | Star Wars AT-TE Walker | LEGO Star Wars AT-TE Walker Building Set | 139.99 | building | 9+ | pieces=1082;color=Gray | Poseable legs let the walker stride across the bedroom floor.
LEGO | Harry Potter Hogwarts Castle The Great Hall | LEGO Harry Potter Hogwarts Castle: The Great Hall Building Set | 99.99 | building | 10+ | pieces=1732;color=Multicolor | Floating candles and a moving staircase bring the famous hall to life.
LEGO | Harry Potter Hogwarts Express Train Set | LEGO Harry Potter Hogwarts Express Train Set with Hogsmeade Station | 79.99 | building | 8+ | pieces=1074;color=Red | A train, a station and a track loop for role play.
LEGO | City Fire Station | LEGO City Fire Station with Fire Truck | 79.99 | building | 6+ | pieces=843;color=Red | The fire truck's ladder extends to rescue a cat from the roof.
LEGO | City Police Station | LEGO City Police Station Building Set | 99.99 | building | 6+ | pieces=668;color=Blue | A jail cell, a garage and a getaway van for endless chases.
LEGO | Friends Heartlake City Cafe | LEGO Friends Heartlake City Cafe Building Set | 39.99 | building | 6+ | pieces=426;color=Pink | A bakery counter and a rooftop garden for imaginative play.
LEGO | Creator 3in1 Space Shuttle | LEGO Creator 3in1 Space Shuttle Building Set | 44.99 | building | 8+ | pieces=486;color=White | Rebuild it as an astronaut or a spaceship when the shuttle mission ends.
LEGO | Creator 3in1 Mighty Dinosaurs | LEGO Creator 3in1 Mighty Dinosaurs Building Set | 14.99 | building | 7+ | pieces=174;color=Brown | One box, three dinosaurs: a T. rex, a triceratops and a pterodactyl.
LEGO | NINJAGO Kai's Elemental Fire Dragon | LEGO NINJAGO Kai's Elemental Fire Dragon | 24.99 | building | 8+ | pieces=278;color=Red | Flexible wings and a swishing tail for dragon battles.
LEGO | Speed Champions Porsche 911 | LEGO Speed Champions Porsche 911 Race Car | 25.99 | building | 9+ | pieces=290;color=White | A detailed replica of a real race car that fits in a hand.
LEGO | Classic Large Creative Brick Box | LEGO Classic Large Creative Brick Box | 59.99 | building | 4+ | pieces=790;color=Multicolor | A big tub of bricks in 33 colors with ideas to get started.
LEGO | DUPLO Number Train | LEGO DUPLO Number Train | 19.99 | building | 1.5+ | pieces=23;color=Multicolor | Big bricks with numbers teach counting to toddlers.
LEGO | Icons Bonsai Tree | LEGO Icons Bonsai Tree Building Set for Adults | 49.99 | building | 18+ | pieces=878;color=Green | Swap the green leaves for pink cherry blossom.
LEGO | Technic Lamborghini Revuelto | LEGO Technic Lamborghini Revuelto Building Set | 449.99 | building | 18+ | pieces=1989;color=Orange | A V12 engine with moving pistons and an eight-speed gearbox.
Hasbro | Monopoly Classic | Monopoly Classic Board Game | 21.99 | board | 8+ | players=2–8;playTime=60–180 min | The property trading game that ends friendships and starts traditions.
Hasbro | Connect 4 | Connect 4 Strategy Game | 9.99 | board | 6+ | players=2;playTime=10 min | Drop, block and win in a few minutes.
Hasbro | Clue | Clue Classic Mystery Board Game | 21.99 | board | 8+ | players=2–6;playTime=45 min | Work out who did it, where and with what.
Hasbro | Jenga Classic | Jenga Classic Game | 14.99 | board | 6+ | players=1+;pieces=54 | Hardwood blocks for a tense, tower-toppling game.
Hasbro | Play-Doh 10-Pack | Play-Doh Modeling Compound 10-Pack | 7.99 | creative | 2+ | pieces=10 | Ten colors of soft, non-toxic dough.
Hasbro | Nerf Elite 2.0 Commander | Nerf Elite 2.0 Commander RD-6 Blaster | 14.99 | outdoor | 8+ | pieces=12 darts | A rotating drum holds six darts at a time.
Hasbro | Marvel Legends Spider-Man | Marvel Legends Series Spider-Man Action Figure | 24.99 | figures | 4+ | height=6 in | Highly poseable with swappable hands and web effects.
Hasbro | Transformers Optimus Prime | Transformers Studio Series Optimus Prime Figure | 39.99 | figures | 8+ | height=7 in | Converts from robot to truck in around thirty steps.
Mattel | UNO | UNO Card Game | 5.99 | board | 7+ | players=2–10;playTime=30 min | The color-matching card game that every family knows.
Mattel | Hot Wheels 20-Car Pack | Hot Wheels 20-Car Pack | 21.99 | vehicles | 3+ | pieces=20 | Twenty die-cast cars in 1:64 scale, no two alike.
Mattel | Barbie Dreamhouse | Barbie Dreamhouse Playset | 199.99 | dolls | 3+ | pieces=75;height=43 in | Three floors, a slide, a pool and working lights and sounds.
Mattel | Barbie Fashionistas Doll | Barbie Fashionistas Doll | 9.99 | dolls | 3+ | height=11.5 in | Dolls with different body types, skin tones and styles.
Fisher-Price | Laugh and Learn Puppy | Fisher-Price Laugh and Learn Smart Stages Puppy | 19.99 | baby | 0.5+ | batteries=3 AA included | Songs and phrases grow with your baby across three stages.
Ravensburger | 1000 Piece Puzzle | Ravensburger Alpine Village 1000 Piece Jigsaw Puzzle | 19.99 | puzzles | 12+ | pieces=1000;size=27 x 20 in | Thick pieces interlock tightly with no two the same.
Ravensburger | Labyrinth | Ravensburger Labyrinth Board Game | 24.99 | board | 7+ | players=2–4;playTime=20 min | Shift the maze to reach your treasure before anyone else.
Ravensburger | GraviTrax Starter Set | Ravensburger GraviTrax Starter Set Marble Run | 64.99 | building | 8+ | pieces=122 | A marble run that teaches gravity, magnetism and kinetics.
Melissa & Doug | Wooden Pattern Blocks | Melissa & Doug Wooden Pattern Blocks and Boards | 14.99 | creative | 3+ | pieces=120 | Colorful wooden shapes for early math and design.
Catan Studio | Catan | Catan Board Game | 54.00 | board | 10+ | players=3–4;playTime=60–120 min | Trade, build and settle an island in a modern classic of family strategy.
Magna-Tiles | Clear Colors 100-Piece | Magna-Tiles Clear Colors 100-Piece Set | 119.99 | building | 3+ | pieces=100 | Magnetic tiles click together into towers, houses and spaceships.
Crayola | Inspiration Art Case | Crayola Inspiration Art Case, 140 Pieces | 24.99 | creative | 5+ | pieces=140 | Crayons, pencils and markers in a fold-open case.
Exploding Kittens | Exploding Kittens | Exploding Kittens Card Game | 19.99 | board | 7+ | players=2–5;playTime=15 min | A fast, silly card game of kittens and luck.
Spin Master | Kinetic Sand Sandbox | Kinetic Sand Sandbox Set | 14.99 | creative | 3+ | pieces=5;weight=454 g | Sand that sticks to itself and not to you.
Spin Master | Rubik's Cube | Rubik's Cube 3x3 | 11.99 | puzzles | 8+ | pieces=1 | The original color-matching puzzle with smoother turning.
Spin Master | PAW Patrol Lookout Tower | PAW Patrol Adventure Bay Lookout Tower Playset | 59.99 | figures | 3+ | pieces=6;height=28 in | A working elevator and a periscope for rescue missions.
Squishmallows | 8-Inch Plush | Squishmallows 8-Inch Plush Toy | 9.99 | plush | 3+ | height=8 in | A squishy, huggable friend with a name and a story.
LeapFrog | LeapStart Learning System | LeapFrog LeapStart Learning Success Bundle | 49.99 | learning | 2+ | batteries=4 AAA | Interactive books teach reading, math and problem solving.
`;

const LEAF: Readonly<Record<string, string>> = {
  building: 'Building Sets',
  board: 'Board Games',
  creative: 'Arts & Crafts',
  outdoor: 'Outdoor Play',
  figures: 'Action Figures & Playsets',
  vehicles: 'Toy Vehicles',
  dolls: 'Dolls',
  baby: 'Baby & Toddler Toys',
  puzzles: 'Puzzles',
  plush: 'Stuffed Animals',
  learning: 'Learning Toys',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const leaf = row.get('leaf');
  const age = row.get('age');
  const minAge = Number.parseFloat(age);
  const extra = pairs(row.get('attrs'));
  const adult = minAge >= 18;
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Toys & Games > ${LEAF[leaf] ?? 'Toys'}`,
    ...price,
    attrs: { ageRange: `${age} years`, minAge: String(minAge), ...extra },
    tags: [
      'toys',
      (LEAF[leaf] ?? '').toLowerCase(),
      when(row.get('brand') === 'LEGO', 'lego'),
      adult ? 'adults' : 'kids',
      `ages ${age}`,
      when(minAge >= 8 && minAge <= 12, 'tweens'),
      'gift',
    ],
    words: {
      age,
      pieces: extra.pieces && /^\d+$/.test(extra.pieces) ? extra.pieces : '',
      players: extra.players,
      playTime: extra.playTime,
      lego: flag(row.get('brand') === 'LEGO'),
      game: flag(leaf === 'board'),
      adult: flag(adult),
      kid: adult ? '' : 'yes',
      build: flag(leaf === 'building'),
      smallParts: flag(minAge >= 3),
    },
    hook: row.get('hook'),
  });
}

const POOLS: Pools = {
  openers: [
    '{?kid}The {name} is made for ages {age}, and grown-ups tend to join in.',
    '{brand} designed the {model} for hours of play away from screens.',
    '{?build}The {name} is a building set for ages {age}.',
    '{?game}{name} is a game for {players} players, ages {age}.',
    '{?adult}The {name} is a relaxing build for adults, recommended for ages {age}.',
    '{?kid}A great gift for ages {age}: the {name}.',
  ],
  features: [
    '[pieces]{?build}{pieces} pieces make for an absorbing afternoon build.',
    '[play]A game lasts about {playTime}.',
    '[instructions]{?lego}Step-by-step instructions are printed and available in the LEGO Builder app.',
    '[skills]{?kid}It builds patience, fine motor skills and creativity.',
  ],
  uses: [
    'Perfect for birthdays, holidays and rainy weekends.',
    '{?game}Great for family game night.',
    '{?build}Display it on a shelf when the build is done.',
  ],
  closers: ['{?smallParts}Contains small parts; not for children under 3.', '{?build}No batteries required.'],
};

/** Toys and games, with age ranges. */
export const toys: CategoryDef = {
  key: 'toys',
  prefix: 'toy',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
