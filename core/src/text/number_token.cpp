#include "text/number_token.hpp"

#include <algorithm>
#include <cstddef>

#include "text/ascii_case.hpp"

namespace lede::text {
namespace {

// A run of ASCII digits read from a number token. Values are doubles: a 400-digit token becomes
// infinity instead of overflowing an integer.
struct DigitRun {
  double value = 0;
  std::size_t length = 0;
};

DigitRun read_digits(std::string_view text, std::size_t& position) {
  DigitRun run;
  while (position < text.size() && is_ascii_digit(text[position])) {
    run.value = run.value * 10 + (text[position] - '0');
    ++run.length;
    ++position;
  }
  return run;
}

double fraction_of(const DigitRun& run) {
  double fraction = run.value;
  for (std::size_t i = 0; i < run.length && fraction != 0; ++i) fraction /= 10;
  return fraction;
}

int clamped_length(std::size_t length) { return static_cast<int>(std::min<std::size_t>(length, 1000)); }

bool in_range(const DigitRun& run, double lowest, double highest) {
  return run.length > 0 && run.value >= lowest && run.value <= highest;
}

// "1,000", "1,00,000" (South Asian grouping), "1,000.50": digits, then groups of two or three digits.
NumberToken read_grouped_number(std::string_view text) {
  NumberToken number;
  std::size_t position = 0;
  DigitRun run = read_digits(text, position);
  if (run.length == 0 || run.length > 3) return number;
  double value = run.value;
  std::size_t digits = run.length;
  while (position < text.size() && text[position] == ',') {
    ++position;
    const DigitRun group = read_digits(text, position);
    if (group.length < 2 || group.length > 3) return number;
    value = value * (group.length == 2 ? 100 : 1000) + group.value;
    digits += group.length;
  }
  number.shape = NumberShape::Integer;
  if (position < text.size() && text[position] == '.') {
    ++position;
    const DigitRun decimals = read_digits(text, position);
    if (decimals.length == 0) return NumberToken{};
    value += fraction_of(decimals);
    number.shape = NumberShape::Decimal;
  }
  if (position != text.size()) return NumberToken{};
  number.value = value;
  number.digits = clamped_length(digits);
  number.grouped = true;
  return number;
}

bool is_ordinal_suffix(std::string_view suffix) {
  return equals_folded(suffix, "st") || equals_folded(suffix, "nd") || equals_folded(suffix, "rd") ||
         equals_folded(suffix, "th");
}

// Two digit runs joined by one separator: "3.5", "10:30", "24-25", "2010-15".
NumberToken read_two_runs(const DigitRun& first, char separator, const DigitRun& second) {
  NumberToken number;
  number.digits = clamped_length(first.length);
  number.value = first.value;
  switch (separator) {
    case '.':
      number.shape = NumberShape::Decimal;
      number.value = first.value + fraction_of(second);
      break;
    case ':':
      if (first.length <= 2 && in_range(first, 0, 24) && second.length == 2 && in_range(second, 0, 59)) {
        number.shape = NumberShape::Clock;
      }
      break;
    case '-':
      if (first.length <= 2 && second.length <= 2 && in_range(first, 1, 31) && in_range(second, 1, 31) &&
          first.value < second.value) {
        number.shape = NumberShape::DayRange;
      } else if (first.length == 4 && in_range(first, 1000, 2999)) {
        const bool full_year = second.length == 4 && second.value > first.value && second.value - first.value < 100;
        const double first_in_century = first.value - 100 * static_cast<int>(first.value / 100);
        const bool short_year = second.length == 2 && second.value > first_in_century;
        if (full_year || short_year) number.shape = NumberShape::YearRange;
      }
      break;
    default: break;
  }
  return number;
}

// Three digit runs: "2018-04-25", "04/25/2018", "25.04.2018", "10:30:15".
NumberToken read_three_runs(const DigitRun& first, char separator, const DigitRun& second, const DigitRun& third) {
  NumberToken number;
  number.digits = clamped_length(first.length);
  number.value = first.value;
  if (separator == ':') {
    if (first.length <= 2 && in_range(first, 0, 24) && second.length == 2 && in_range(second, 0, 59) &&
        third.length == 2 && in_range(third, 0, 59)) {
      number.shape = NumberShape::Clock;
    }
    return number;
  }
  const bool year_first = first.length == 4 && in_range(first, 1000, 2999) && second.length <= 2 &&
                          in_range(second, 1, 12) && third.length <= 2 && in_range(third, 1, 31);
  const bool day_and_month_first =
      first.length <= 2 && second.length <= 2 && (third.length == 2 || third.length == 4) &&
      ((in_range(first, 1, 12) && in_range(second, 1, 31)) || (in_range(first, 1, 31) && in_range(second, 1, 12)));
  if (year_first || day_and_month_first) number.shape = NumberShape::Date;
  return number;
}

}  // namespace

NumberToken read_number_token(std::string_view text) {
  // A decade abbreviation keeps its apostrophe: "'90s", "’90s".
  if (!text.empty() && text.front() == '\'') text.remove_prefix(1);
  if (text.size() >= 3 && text.substr(0, 3) == "\xE2\x80\x99") text.remove_prefix(3);
  if (text.empty() || !is_ascii_digit(text.front())) return {};
  if (text.find(',') != std::string_view::npos) return read_grouped_number(text);

  std::size_t position = 0;
  const DigitRun first = read_digits(text, position);
  NumberToken number;
  number.value = first.value;
  number.digits = clamped_length(first.length);
  const std::string_view rest = text.substr(position);
  if (rest.empty()) {
    number.shape = NumberShape::Integer;
    return number;
  }
  if (is_ordinal_suffix(rest)) {
    number.shape = NumberShape::Ordinal;
    return number;
  }
  const bool decade_digits = (first.length == 4 || first.length == 2) && text[position - 1] == '0';
  if (rest == "s" && decade_digits) {
    number.shape = NumberShape::Decade;
    return number;
  }

  const char separator = rest.front();
  if (separator != '.' && separator != ':' && separator != '-' && separator != '/') return {};
  ++position;
  const DigitRun second = read_digits(text, position);
  if (second.length == 0) return {};
  if (position == text.size()) return read_two_runs(first, separator, second);
  if (text[position] != separator) return {};
  ++position;
  const DigitRun third = read_digits(text, position);
  if (third.length == 0 || position != text.size()) return {};
  return read_three_runs(first, separator, second, third);
}

bool is_plain_year(const NumberToken& number, double lowest, double highest) {
  return number.shape == NumberShape::Integer && !number.grouped && number.digits == 4 && number.value >= lowest &&
         number.value <= highest;
}

}  // namespace lede::text
