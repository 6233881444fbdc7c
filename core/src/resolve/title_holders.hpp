// A name the text gives a person's title is a person's name, whatever the tagger typed it: right after
// the title ("Finance Minister Bola Adeyemi") or in apposition to it ("Nigeria's finance minister, Bola
// Adeyemi, said"). The tagger knows few names from outside its training news, and an unfamiliar surname
// read as an ORG lost the person its title, its pronouns and its quotes. Runs before the names are
// grouped, so the rest of the article's mentions of the name ("Adeyemi told reporters") follow it.
#pragma once

#include "lede/document.hpp"

namespace lede::resolve {

// Retypes as PERSON the ORG, MISC, WORK and PRODUCT names in a title holder's place.
void type_title_holders(Document& document);

}  // namespace lede::resolve
