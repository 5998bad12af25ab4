// The layout's thresholds, in one place, each with its unit and what it
// decides (as Poppler's TextOutputDev keeps its own). "em" is the type size
// of the text in question, in PDF points; page fractions are of the page's
// width or height.
#ifndef GLOSSATOR_LAYOUT_PARAMS_H_
#define GLOSSATOR_LAYOUT_PARAMS_H_

#include <cstddef>

namespace glossator::layout::params {

// --- Slide decks (type_stats.cc) ---
// Landscape pages whose running text is at least this large (points) are
// slides: no paper sets its body text in 16 pt.
inline constexpr double kSlideBodySize = 16;
// Or whose running text is this share of the page's height or more: Beamer's
// 11 pt on its 96 mm (272 pt) page is 0.04, a landscape report's 10 pt on
// 612 pt 0.016.
inline constexpr double kSlideBodyShare = 0.03;

// A line of a slide wraps on from the item or paragraph above it when set
// at most this share of its height below it (Beamer sets an item's lines 3
// pt apart in 9 pt boxes and its items 9 pt apart; PowerPoint 6 and 20 in
// 30 pt boxes), and at its text's left edge within this many points (both
// set it exactly; centred lines of a deck may start a point or two apart).
inline constexpr double kSlideWrapGap = 0.5;
inline constexpr double kSlideAlign = 1.0;
// Blocks of a slide set in from its margin by more than this many ems, two
// or more at one indent, are items of a list whose bullets are drawn
// (Beamer's balls and triangles are no characters): Beamer's items stand
// 22 pt in, a sentence of the slide's text at its margin.
inline constexpr double kSlideItemIndent = 1.5;

// --- Lines (line.cc) ---
// A line is bold when more than this share of its characters are, its last
// word among them (line.cc): a heading set bold, not a line that opens with a
// run-in heading in bold or holds a word in bold.
inline constexpr double kBoldLineShare = 0.5;
// A line is set in a monospace font (a line of code) when more than this
// share of its characters are: a line of prose that names a function in
// typewriter type is prose.
inline constexpr double kMonospaceLineShare = 0.5;

// A group of at most this many words in smaller type, with at least this
// share of its height within a line's box, is a script of that line (an
// exponent or subscript the grouping by baseline set apart: "η̂" with "2"
// over "G").
inline constexpr size_t kScriptMaxWords = 3;
inline constexpr double kScriptMinOverlap = 0.5;
// A mark in smaller type opening a line is raised (a superscript: "¹School
// of ...", an affiliation's or note's mark) when its middle stands this many
// ems of the text above the middle of the word after it; superscripts stand
// a quarter em or more above, type of one baseline a little below.
inline constexpr double kMarkRaise = 0.15;

// A column of page numbers after leaders ("History . . . . 17") is part of
// its table of contents, not a column of text, when this many stand beside
// leaders.
inline constexpr size_t kMinContentsEntries = 2;
// A contents line's leader has this many dots at least (an ellipsis has
// three or four; a leader fills the line to its page number).
inline constexpr size_t kMinLeaderDots = 6;

// --- Margin line numbers (line_numbers.cc) ---
// The longest number a manuscript's margin shows: continuous numbering of a
// long manuscript reaches the thousands.
inline constexpr size_t kLineNumberMaxDigits = 4;
// Numbers of one column share an edge (right edge for numbers left of the
// text, left edge for numbers right of it) within this many points: the
// template sets them in a box of fixed position.
inline constexpr double kLineNumberAlignTolerance = 1.0;
// A page shows at least this many for them to count: fewer can be a short
// table's first column. (A page of a numbered manuscript has dozens.)
inline constexpr size_t kMinLineNumbers = 4;
// They must grow down the page: at most this share of consecutive pairs may
// fail to (a number misread, a float with its own counter).
inline constexpr double kLineNumberMaxDisorder = 0.1;
// They stand apart from the text: at most this share of the page's other
// words start left of a left column's right edge (plus the gap below), and
// symmetrically on the right. A numbered table column at the text's margin
// fails this, since every line of text starts there too.
inline constexpr double kLineNumberMaxIntrusion = 0.02;
// The gap between the number column and the text, in ems of the numbers'
// height.
inline constexpr double kLineNumberGap = 0.5;

// --- Columns (blocks.cc) ---
// A line spans the page's columns when at least this many lines lie wholly
// left of a gutter and as many wholly right of it, among the lines it
// overlaps that are at least kColumnMinWidthShare of the page's width. Two
// columns of a paper are each four tenths of the page or so; a short
// right-aligned line (an attribution) or one stray line is no column.
inline constexpr size_t kMinColumnLines = 2;
inline constexpr double kColumnMinWidthShare = 0.25;

// --- Paragraphs (text_blocks.cc) ---
// A gap between two lines larger than this many ems of their type starts a
// new paragraph in single-spaced text (the space between paragraphs, a
// section break); where the lines' boxes overlap, beyond that overlap.
inline constexpr double kParagraphGap = 0.6;
// In text whose lines are set further apart (a double-spaced manuscript), a
// new paragraph needs a gap this share of the line's height beyond the gap
// its lines usually have: there every line is a line's height apart.
inline constexpr double kParagraphGapBeyondLeading = 0.4;
// Justified lines of one block share both edges within this many points.
inline constexpr double kMeasureEdgeTolerance = 0.5;
// Lines of a quotation set in from the margin start at one inset, within this
// many ems (the same indent, set by the same paragraph style).
inline constexpr double kInsetAlign = 0.5;
// A line set in goes on to the next one set in as far only when it reaches
// this share of its column's width: a shorter one ends its paragraph (ragged
// lines vary by a tenth or so; a paragraph's last line is often half).
inline constexpr double kInsetLongLine = 0.75;
// A code listing goes on over a gap of its leading plus this many of its
// lines' pitches: a blank line inside it (and rounding). Two listings with
// only a line of space between cannot be told from one.
inline constexpr double kListingBlankLines = 1.5;
// A listing's line indented further than this many characters is
// indented this far: a misread box must not flood the text with spaces.
inline constexpr long kMaxCodeIndent = 40;
// Lines of a size needed before their usual gap is trusted (a page or two).
inline constexpr size_t kMinLineGapSamples = 20;

// A displayed formula inside a paragraph: lines set in by more than this
// many ems (centred; LaTeX's displays stand well in), of mathematics (this
// share of characters in a math font, or a relation or operator with fewer
// letters than signs or some characters in a math font), under a
// line whose sentence runs on and within this many line heights of it (a
// display's space above and below); the text after it goes on with the
// paragraph when the sentence does.
inline constexpr double kDisplayInset = 2.0;
inline constexpr double kDisplayMathShare = 0.3;
inline constexpr double kDisplayMaxGap = 3.0;

// --- Word spaces (word_spaces.cc) ---
// A gap wider than this many ems (of the smaller of the two sizes) is a word
// space. A narrower one is a space when Poppler judged it one
// (pdf::Word::space_after: it weighs each gap against its line's other gaps,
// which holds for tiny type and tight setting alike), but not across a change
// of font or size, where Poppler breaks with no gap at all ("14" in italics
// before "(2)") and an italic correction or kerning is narrower than this.
inline constexpr double kWordSpaceAcrossFonts = 0.16;
// Letter-spaced type: at least this many single letters (or marks, as an
// ellipsis's dots) of one type in a row,
// at most this many ems apart, their gaps equal within kLetterSpacingEvenness
// ems. Tracking of a tenth of an em or so is usual; a word space is a quarter
// em or more (Times' is 0.25, Helvetica's 0.28), so "a I a" set plainly is no
// run, and a space between tracked words stands out of one.
inline constexpr size_t kMinLetterSpacedLetters = 3;
inline constexpr double kLetterSpacingMaxGap = 0.2;
inline constexpr double kLetterSpacingEvenness = 0.05;

// --- List enumerators (line.cc) ---
// An enumerator ("12.", "[3]", "(iv)") is this many bytes at most, its
// letters (a roman numeral, a letter) at most kEnumeratorMaxLetters.
inline constexpr size_t kEnumeratorMaxBytes = 6;
inline constexpr size_t kEnumeratorMaxLetters = 4;

// --- Headings (text_blocks.cc) ---
// A heading run in with its paragraph ("Decomposition We define ...") is
// this many words in bold at most: a section's title, not a sentence.
inline constexpr size_t kRunInMaxWords = 8;
// A heading has at least this many letters: a number or sign set large (a
// table cell, a formula) is none.
inline constexpr size_t kHeadingMinLetters = 2;

// A line of body type alone in the middle of the page over text that is not
// ("Author Note", "Abstract" in an APA manuscript) is a heading when it is
// this many bytes at most and its middle is within kCenterTolerance points
// of the page's.
inline constexpr size_t kCenteredLabelMaxBytes = 60;
inline constexpr double kCenterTolerance = 2.0;

// A chapter's label and its title below ("Chapter 2" / "Background") are one
// heading when they stand less than this many of the label's heights apart.
inline constexpr double kChapterTitleGap = 3.0;

// --- Figure text (figures.cc) ---
// A block is figure text (a table's rows) when it has at least this many
// words and this share of them are figures: a row of a results table is
// nearly all figures; prose with numbers ("in 1988, 240 (57%) of 421") stays
// under a half, and an index entry ("Abraham, K., 23, 45") under seven
// tenths. A shorter block is figure text when it is figures only.
inline constexpr size_t kFigureTextMinWords = 4;
// This many blocks in a row, each a number alone, are a chart's axis labels.
inline constexpr size_t kMinAxisLabels = 3;
inline constexpr double kFigureTextShare = 0.7;

// A figure (caption, figure text, smaller type) at the top of a page or
// column, under a sentence cut by the break, is set aside until a line goes
// on with the sentence, for this many lines at most and to the next page:
// a table or chart fills a column or two, not more.
inline constexpr size_t kMaxLinesSetAside = 80;

// --- Tables (tables.cc) ---
// Words of a line further apart than this many ems stand in two cells: a
// table's columns are set a column separation apart (LaTeX's two
// \tabcolsep, 12 pt, over 9-11 pt type), a justified line's widest word
// space is about half an em.
inline constexpr double kCellGap = 0.8;
// Two cells of a line set closer than kCellGap are still two when a column
// gap of the table falls between them and they stand this many ems apart
// (a word space is a quarter to a third of an em).
inline constexpr double kCellSplitGap = 0.5;
// Cells stand in one row when their vertical middles are within this share
// of the smaller one's height (a subscript or a bold header shifts a box a
// little; the next row is a whole line away).
inline constexpr double kRowMiddleTolerance = 0.4;
// Or when this share of the smaller one's height lies within the other's:
// a raised mark in smaller type ("MODEL 1" with "a" above its end); the
// boxes of two rows overlap by a fifth at most.
inline constexpr double kRowScriptOverlap = 0.5;
// The caption stands within this many ems (of its type) of the table's
// nearest row; a caption above may wrap over this many lines before the
// table starts (an APA label line over a title line or two).
inline constexpr double kCaptionMaxGap = 3.0;
inline constexpr size_t kCaptionMaxLines = 4;
// A caption's next line starts where its first does, or is centred as it is,
// within this many ems; a header over the table's columns stands elsewhere.
inline constexpr double kCaptionLineAlign = 1.0;
// A line is in the caption's column (and may be a row of its table) when
// this share of its width lies within the column: a table may stand out of
// its column by a few points, but not into the next column.
inline constexpr double kTableLineInColumn = 0.8;
// A table's rows follow each other within this many ems of their type (a
// rule and its padding between a header and the body, 13 pt in 8 pt
// type; what follows the table, a note or the text, ends it by being prose).
inline constexpr double kRowMaxGap = 2.0;
// A table has at least this many rows of two cells or more.
inline constexpr size_t kTableMinRows = 2;
// A column gap is a stretch that no more than this share of the rows
// crosses (headers spanning a group of columns cross it; a gap no row
// crosses between the text's columns is no table's).
inline constexpr double kSpanningRowShare = 0.25;
// A column is one where this many cells begin (or half the rows, in a
// table of fewer rows): a header over two columns, or long cells of one
// column reaching into the gap beside it, begin few.
inline constexpr size_t kColumnMinCells = 2;
// The lines of a header's wrapped cells are one row (tables.cc,
// MergeWrappedRows) only when the upper has at least this many cells: one
// cell alone over the table is a header of its own.
inline constexpr size_t kWrappedRowMinCells = 2;
// A cell of running text: at least this many words over at least this
// share of the page's width. A row with two of them is two columns of
// prose side by side, not a row of a table; a line that is one of them
// alone ends a table.
inline constexpr size_t kProseMinWords = 6;
inline constexpr double kProseMinWidthShare = 0.3;
// Lines of running text share an edge within this many points (justified
// lines both, ragged ones their left edge).
inline constexpr double kRunningTextEdge = 1.0;
// A paragraph's last line stands under the line before it within this many
// ems (boxes of one paragraph's lines touch; a table is set off by a
// float's space).
inline constexpr double kRunningTextLeading = 0.25;
// A line of only dots, dashes, underscores or equals signs, at least this
// many, is a rule drawn with characters (between a header and the body).
inline constexpr size_t kRuleMinMarks = 3;
// Points of slack when a lone line past a table's last row must stand within
// the rows' width to be a row too (a box's edge drifts by a point).
inline constexpr double kTableEdgeSlack = 1.0;
// Points of slack at a table's outer edges and at a column gap's end when
// counting the cells that begin in a column (table_grid.cc).
inline constexpr double kColumnEdgeSlack = 1.0;
inline constexpr double kGapEndSlack = 0.5;

// --- Footnotes (footnotes.cc) ---
// Notes stand in the lower part of the page: a run of small type that starts
// above this share of the page's height is a section set small, not notes.
inline constexpr double kFootnoteTop = 0.4;
// A note's first line starts at the notes' left edge, within this many ems (a
// wrapped line may be set in under the note's text).
inline constexpr double kFootnoteMarkInset = 0.5;

// Small type at a page's foot that is no note, under a sentence that runs
// on, is written after the paragraph when it is this many lines at most (a
// proceedings footer, a copyright line, a caption); more is a section set
// small, which keeps its place.
inline constexpr size_t kMaxDeferredFootLines = 6;

// --- Front matter (front_matter.cc) ---
// The title, byline, abstract and keywords are looked for on the first pages
// (a manuscript sets a title page and an author note before its abstract)
// and among the first blocks.
inline constexpr int kFrontMaxPage = 3;
inline constexpr size_t kFrontMaxBlocks = 40;
// An abstract under a heading of its own runs to the next heading or the
// keywords, over this many paragraphs at most.
inline constexpr size_t kFrontMaxAbstractParagraphs = 3;
// A title's first line, and a byline, are no longer than this (bytes).
inline constexpr size_t kFrontMaxTitleBytes = 200;
inline constexpr size_t kFrontMaxBylineBytes = 300;
// Keywords stand within this many blocks after the abstract.
inline constexpr size_t kFrontMaxKeywordsGap = 3;

}  // namespace glossator::layout::params

#endif  // GLOSSATOR_LAYOUT_PARAMS_H_
