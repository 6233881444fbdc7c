// The "Try an example" article: written for Lede (a fictional report), covering the forms the page
// should handle: a dateline, titles, quotes, dates, money, percentages and quantities.
export const EXAMPLE_ARTICLE = `Port deal brings new ferries to the northern coast

HALDEN, Norway — Transport Minister Ingrid Solberg signed a 1.2 billion kroner ($110 million) agreement with Nordhavn Shipping on Tuesday, April 24th 2018, to replace the ageing ferries that link the northern islands to the mainland.

The first of four electric vessels is due in the spring of 2020, and the last by the end of 2022. Each will carry 600 passengers and 120 cars, cutting fuel use by almost 95 percent, the ministry said.

"These islands were promised a modern connection in the 1990s," Solberg told reporters at the harbour at 10:30 a.m. "Today we are keeping that promise."

Nordhavn's chief executive, Dr. Amara Okafor, said the company would build two of the ships at its yard in Gdańsk and hire about 300 workers for the next three years. Its shares rose 4.5% in Oslo after the announcement, the biggest gain since last March.

Local councils had asked for the contract since 2015. The mayor of Vardø, Lt-Gen. (retd) Erik Haug, called it "the second-best news this year — the best will be the day the first ship docks."`;
