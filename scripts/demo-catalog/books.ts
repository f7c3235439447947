import { axis, flag, makeSpec, priceCell, type Row, table, when } from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = ['publisher', 'title', 'author', 'price', 'leaf', 'pages', 'formats', 'ages', 'hook'];

// Classics are public-domain works; every other title and author here is invented for the demo.
// formats: "Paperback:0;Hardcover:12" adds dollars to the paperback price.
const ROWS = `
Penguin Classics | Pride and Prejudice | Jane Austen | 12.00 | classics | 480 | Paperback:0;Clothbound Hardcover:10 | - | Elizabeth Bennet's sharp wit still makes readers laugh two centuries on.
Penguin Classics | Frankenstein | Mary Shelley | 10.00 | classics | 288 | Paperback:0;Clothbound Hardcover:12 | - | The first great science-fiction novel, written by a teenager on a stormy summer holiday.
Penguin Classics | Moby-Dick | Herman Melville | 18.00 | classics | 720 | Paperback:0 | - | A whaling voyage that turns into an obsession, and a sea of ideas.
Penguin Classics | Jane Eyre | Charlotte Brontë | 11.00 | classics | 624 | Paperback:0;Clothbound Hardcover:14 | - | An orphan governess who refuses to be anyone but herself.
Penguin Classics | Wuthering Heights | Emily Brontë | 10.00 | classics | 416 | Paperback:0;Clothbound Hardcover:14 | - | Love and revenge on the wild Yorkshire moors.
Penguin Classics | Crime and Punishment | Fyodor Dostoevsky | 17.00 | classics | 656 | Paperback:0 | - | A gripping psychological study of guilt in nineteenth-century St Petersburg.
Penguin Classics | Meditations | Marcus Aurelius | 13.00 | classics | 304 | Paperback:0;Clothbound Hardcover:10 | - | A Roman emperor's private notes on calm, duty and what matters.
Penguin Classics | The Odyssey | Homer | 17.00 | classics | 560 | Paperback:0 | - | Ten years of monsters, storms and temptation on the way home.
Vintage Classics | Anna Karenina | Leo Tolstoy | 20.00 | classics | 864 | Paperback:0 | - | A society love affair set against a rich portrait of Russian life.
Vintage Classics | The Great Gatsby | F. Scott Fitzgerald | 12.95 | classics | 180 | Paperback:0;Hardcover:10 | - | Parties, longing and the green light across the bay.
Oxford World's Classics | Middlemarch | George Eliot | 13.95 | classics | 880 | Paperback:0 | - | A whole English town and its quiet ambitions, drawn with great sympathy.
Oxford World's Classics | Dracula | Bram Stoker | 9.95 | classics | 464 | Paperback:0 | - | The vampire novel told through letters, diaries and newspaper clippings.
Oxford World's Classics | Great Expectations | Charles Dickens | 9.95 | classics | 560 | Paperback:0 | - | Pip's journey from the marshes to London and back again.
Oxford World's Classics | The Picture of Dorian Gray | Oscar Wilde | 8.95 | classics | 272 | Paperback:0 | - | A portrait that ages so its subject never has to.
Signet Classics | Little Women | Louisa May Alcott | 8.99 | classics | 528 | Paperback:0 | - | Four sisters grow up in Civil War New England.
Bantam Classics | The Count of Monte Cristo | Alexandre Dumas | 9.99 | classics | 592 | Paperback:0 | - | Wrongful imprisonment, a hidden fortune and an elaborate revenge.
Modern Library | Walden | Henry David Thoreau | 11.00 | classics | 368 | Paperback:0 | - | Two years in a cabin by a pond, and what they taught about living simply.
Wordsworth Classics | The Adventures of Sherlock Holmes | Arthur Conan Doyle | 5.99 | classics | 320 | Paperback:0 | - | Twelve cases for the detective of Baker Street.
Wordsworth Classics | The War of the Worlds | H. G. Wells | 4.99 | classics | 192 | Paperback:0 | - | Martians land in the English countryside.
Wordsworth Classics | Heart of Darkness | Joseph Conrad | 4.99 | classics | 128 | Paperback:0 | - | A journey up the Congo River into moral darkness.
Dover Publications | The Art of War | Sun Tzu | 4.00 | classics | 96 | Paperback:0 | - | Ancient advice on strategy, still quoted in boardrooms.
Puffin Classics | Treasure Island | Robert Louis Stevenson | 7.99 | kids | 336 | Paperback:0 | 9–12 | Pirates, a map and a one-legged cook with a parrot.
Puffin Classics | Alice's Adventures in Wonderland | Lewis Carroll | 7.99 | kids | 208 | Paperback:0;Hardcover:8 | 8–12 | Down the rabbit hole to a tea party that never ends.
Puffin Classics | The Secret Garden | Frances Hodgson Burnett | 7.99 | kids | 320 | Paperback:0 | 9–12 | A locked garden brings a lonely girl back to life.
Puffin Classics | Anne of Green Gables | L. M. Montgomery | 8.99 | kids | 432 | Paperback:0 | 9–12 | A talkative orphan wins over a quiet island town.
Puffin Classics | The Wind in the Willows | Kenneth Grahame | 7.99 | kids | 240 | Paperback:0 | 8–12 | Mole, Rat, Badger and the irrepressible Toad.
Puffin Classics | Peter Pan | J. M. Barrie | 7.99 | kids | 240 | Paperback:0 | 8–12 | The boy who would not grow up.
HarperCollins | The Salt Orchard | Maren Holt | 17.99 | fiction | 352 | Paperback:0;Hardcover:11 | - | Three generations of a fishing family and the orchard that outlived them all.
HarperCollins | Quiet Hours at Linden Street | Dev Raman | 16.99 | fiction | 304 | Paperback:0;Hardcover:10 | - | A night-shift pharmacist and the strangers who pass through at 3 a.m.
Penguin Books | A Map of Small Rivers | Ines Calder | 18.00 | fiction | 368 | Paperback:0 | - | A cartographer retraces her father's last survey across the Scottish Highlands.
Vintage | The Clockmaker's Apprentice | Tomasz Wyle | 17.00 | fiction | 416 | Paperback:0 | - | In 1890s Prague, a young apprentice repairs clocks that seem to remember.
Simon & Schuster | The Ninth Signal | R. J. Castellan | 18.99 | fiction | 400 | Paperback:0;Hardcover:10 | - | A radio astronomer hears a pattern that should not exist, and someone wants it erased.
Hachette | Cold Harbour Line | Nadia Fenn | 16.99 | fiction | 336 | Paperback:0 | - | A detective on the last stop of a ferry line and a body nobody will claim.
Macmillan | Ember Tide | Kaito Marsh | 19.99 | fiction | 512 | Paperback:0;Hardcover:10 | - | A fire mage and a sea pilot cross a burning ocean to end a war.
Tor Books | Glassbound | Ayo Mercer | 18.99 | fiction | 448 | Paperback:0 | - | On a generation ship, the last glassblower holds the secret to the hull.
Ten Speed Press | Weeknight Pans | Rosa Delgado | 32.50 | cook | 256 | Hardcover:0 | - | One hundred dinners that need one pan and about thirty minutes.
Clarkson Potter | The Bread Shelf | Henrik Aalto | 35.00 | cook | 288 | Hardcover:0 | - | Sourdough, rye and flatbreads explained step by step for home ovens.
HarperCollins | Five Spices, Every Day | Mei Lin Tan | 29.99 | cook | 240 | Hardcover:0 | - | Everyday home cooking built from five pantry spices.
DK | Young Cooks' Kitchen | Sam Okafor | 19.99 | cook | 160 | Hardcover:0 | 8–12 | Photographed step-by-step recipes written for young cooks.
Scholastic | Milo and the Moon Kite | Priya Anand | 9.99 | kids | 40 | Paperback:0;Hardcover:8 | 3–6 | A picture book about a boy who builds a kite big enough to reach the moon.
Scholastic | The Secret of Fernhollow School | Jonah Bell | 8.99 | kids | 256 | Paperback:0;Hardcover:9 | 9–12 | A new student finds a map hidden in the library walls and a mystery that spans a century.
Scholastic | Owl Street Detectives: The Missing Mascot | Lucy Barr | 6.99 | kids | 128 | Paperback:0 | 7–10 | The first case for three friends who solve mysteries after school.
Random House Children's Books | Dragon Club Summer | Theo Park | 7.99 | kids | 192 | Paperback:0 | 8–11 | Four kids, one summer and a dragon egg that hatches on the wrong day.
Penguin Books | Slow Mornings: Notes on Attention | Claire Avery | 17.00 | nonfiction | 240 | Paperback:0 | - | Short essays on reclaiming focus from notifications and noise.
Portfolio | The Patient Investor | Marcus Hale | 28.00 | nonfiction | 288 | Hardcover:0 | - | Plain-spoken advice on index funds, time and temperament.
HarperCollins | Deep Water: A History of the Atlantic Crossing | Elena Ross | 18.00 | nonfiction | 432 | Paperback:0;Hardcover:12 | - | Five centuries of sailors, steamships and the people who crossed the ocean.
Simon & Schuster | Signal and Circuit | Ravi Menon | 27.99 | nonfiction | 352 | Hardcover:0 | - | How the radio changed war, music and everyday life.
Penguin Press | The Walking Cure | Hannah Stowe | 26.00 | nonfiction | 272 | Hardcover:0 | - | What science says about walking, thinking and feeling better.
O'Reilly Media | Practical TypeScript Services | Dana Whitfield | 59.99 | tech | 420 | Paperback:0 | - | Building, testing and deploying reliable Node.js services in TypeScript.
No Starch Press | Python for Curious Kids | Ben Adeyemi | 29.99 | tech | 304 | Paperback:0 | 10–14 | Games and puzzles that teach real programming, one project at a time.
`;

const LEAF: Readonly<Record<string, string>> = {
  classics: 'Classics',
  fiction: 'Fiction',
  kids: "Children's Books",
  cook: 'Cookbooks',
  nonfiction: 'Non-fiction',
  tech: 'Computers & Technology',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const leaf = row.get('leaf');
  const formats = axis('format', row.get('formats'));
  const ages = row.get('ages');
  const single = formats.values.length === 1 ? formats.values[0]?.value : undefined;
  return makeSpec({
    brand: row.get('publisher'),
    model: row.get('title'),
    title: `${row.get('title')} by ${row.get('author')}`,
    path: `Books > ${LEAF[leaf] ?? 'Books'}`,
    ...price,
    attrs: {
      author: row.get('author'),
      pages: row.get('pages'),
      format: single,
      language: 'English',
      ageRange: ages ? `${ages} years` : '',
    },
    tags: [
      'book',
      (LEAF[leaf] ?? '').toLowerCase(),
      when(ages, 'kids'),
      when(leaf === 'classics', 'classic'),
    ],
    words: {
      book: row.get('title'),
      author: row.get('author'),
      pages: row.get('pages'),
      ages,
      publisher: row.get('publisher'),
      aPublisher: withArticle(row.get('publisher')),
      classic: flag(leaf === 'classics'),
      cook: flag(leaf === 'cook'),
      kids: flag(ages),
      novel: flag(leaf === 'fiction'),
    },
    hook: row.get('hook'),
    axes: single ? [] : [formats],
  });
}

const POOLS: Pools = {
  openers: [
    '{book} by {author}, published by {publisher}.',
    '{aPublisher} edition of {book} by {author}.',
    "{?classic}{author}'s {book} is a classic that rewards every rereading.",
    '{?novel}{book} is a novel by {author}.',
    '{?cook}{book} is a cookbook by {author} for everyday home cooks.',
    '{?kids}{book} by {author} is written for readers aged {ages}.',
  ],
  features: [
    '[pages]{pages} pages.',
    '[edition]{?classic}A well-made, affordable edition for reading and rereading.',
    '[photos]{?cook}Every recipe is photographed.',
  ],
  uses: [
    'A good pick for a book club.',
    '{?kids}A lovely bedtime or independent read.',
    'Makes a thoughtful gift.',
  ],
  closers: ['Printed on acid-free paper.'],
};

/** Books: classics, fiction, children's, cookbooks and non-fiction. */
export const books: CategoryDef = {
  key: 'books',
  prefix: 'bk',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
