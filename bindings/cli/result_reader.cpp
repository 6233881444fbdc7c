#include "result_reader.hpp"

#include <stdexcept>

namespace lede::cli {
namespace {

// Reads one lede/1 result; on failure returns nullopt and sets `error` to a one-line reason.
class ResultReader {
 public:
  std::optional<Result> read(const nlohmann::json& json, std::string& error) {
    try {
      return read_result(json);
    } catch (const std::exception& problem) {
      error = problem.what();
      return std::nullopt;
    }
  }

 private:
  using Json = nlohmann::json;

  [[noreturn]] static void fail(const std::string& reason) { throw std::runtime_error(reason); }

  static const Json& field(const Json& object, const char* name, const std::string& where) {
    if (!object.is_object() || !object.contains(name)) fail(where + " has no \"" + name + "\"");
    return object.at(name);
  }
  static std::string string_of(const Json& object, const char* name, const std::string& where) {
    const Json& value = field(object, name, where);
    if (!value.is_string()) fail(where + ": \"" + name + "\" is not a string");
    return value.get<std::string>();
  }
  static std::string string_or_empty(const Json& object, const char* name, const std::string& where) {
    if (!object.contains(name) || object.at(name).is_null()) return {};
    return string_of(object, name, where);
  }
  static std::int64_t integer_of(const Json& object, const char* name, const std::string& where) {
    const Json& value = field(object, name, where);
    if (!value.is_number_integer()) fail(where + ": \"" + name + "\" is not a whole number");
    return value.get<std::int64_t>();
  }
  static std::uint32_t offset_of(const Json& object, const char* name, const std::string& where) {
    const std::int64_t value = integer_of(object, name, where);
    if (value < 0 || value > UINT32_MAX) fail(where + ": \"" + name + "\" is out of range");
    return static_cast<std::uint32_t>(value);
  }
  static std::int32_t id_or_none(const Json& object, const char* name, const std::string& where) {
    if (!object.contains(name) || object.at(name).is_null()) return -1;
    const std::int64_t value = integer_of(object, name, where);
    if (value < 0 || value > INT32_MAX) fail(where + ": \"" + name + "\" is out of range");
    return static_cast<std::int32_t>(value);
  }
  static double number_or(const Json& object, const char* name, double fallback, const std::string& where) {
    if (!object.contains(name)) return fallback;
    if (!object.at(name).is_number()) fail(where + ": \"" + name + "\" is not a number");
    return object.at(name).get<double>();
  }
  static bool flag(const Json& object, const char* name) {
    return object.contains(name) && object.at(name).is_boolean() && object.at(name).get<bool>();
  }
  static const Json& array_of(const Json& object, const char* name) {
    const Json& value = field(object, name, "the result");
    if (!value.is_array()) fail("\"" + std::string(name) + "\" is not an array");
    return value;
  }

  static Result read_result(const Json& json) {
    if (!json.is_object()) fail("the JSON is not an object");
    if (!json.contains("schema") || json.at("schema") != "lede/1")
      fail("not a lede/1 result (its \"schema\" must be \"lede/1\")");
    Result result;
    if (json.contains("model") && json.at("model").is_object()) {
      result.model_name = string_or_empty(json.at("model"), "name", "the model");
      result.model_version = string_or_empty(json.at("model"), "version", "the model");
    }
    const std::optional<OffsetUnit> unit = offset_unit_from_string(string_of(json, "offsets", "the result"));
    if (!unit) fail("unknown \"offsets\" unit");
    result.offsets = *unit;
    result.date = string_or_empty(json, "date", "the result");
    for (const Json& sentence : array_of(json, "sentences")) {
      result.sentences.push_back(
          {offset_of(sentence, "start", "a sentence"), offset_of(sentence, "end", "a sentence")});
    }
    for (const Json& mention : array_of(json, "mentions")) {
      const std::string where = "mention " + std::to_string(result.mentions.size());
      result.mentions.push_back({static_cast<std::int32_t>(integer_of(mention, "id", where)),
                                 {offset_of(mention, "start", where), offset_of(mention, "end", where)},
                                 string_of(mention, "text", where),
                                 string_of(mention, "type", where),
                                 id_or_none(mention, "entity", where),
                                 static_cast<std::int32_t>(integer_of(mention, "sentence", where)),
                                 number_or(mention, "score", 1.0, where),
                                 flag(mention, "pronoun")});
    }
    for (const Json& entity : array_of(json, "entities")) {
      const std::string where = "entity " + std::to_string(result.entities.size());
      Result::Entity out{static_cast<std::int32_t>(integer_of(entity, "id", where)),
                         string_of(entity, "type", where),
                         string_of(entity, "name", where),
                         {},
                         {},
                         number_or(entity, "salience", 0.0, where)};
      for (const Json& m : field(entity, "mentions", where)) {
        if (!m.is_number_integer()) fail(where + ": a mention id is not a whole number");
        out.mentions.push_back(m.get<std::int32_t>());
      }
      if (entity.contains("titles")) {
        for (const Json& title : entity.at("titles")) {
          if (title.is_string()) out.titles.push_back(title.get<std::string>());
        }
      }
      result.entities.push_back(std::move(out));
    }
    for (const Json& relation : array_of(json, "relations")) {
      const std::string where = "relation " + std::to_string(result.relations.size());
      result.relations.push_back({static_cast<std::int32_t>(integer_of(relation, "id", where)),
                                  string_of(relation, "type", where),
                                  id_or_none(relation, "subject", where),
                                  id_or_none(relation, "object", where),
                                  id_or_none(relation, "subject_mention", where),
                                  id_or_none(relation, "object_mention", where),
                                  string_or_empty(relation, "predicate", where),
                                  flag(relation, "negated"),
                                  string_or_empty(relation, "date", where),
                                  static_cast<std::int32_t>(integer_of(relation, "sentence", where)),
                                  {offset_of(relation, "start", where), offset_of(relation, "end", where)},
                                  number_or(relation, "score", 1.0, where)});
    }
    for (const Json& quote : array_of(json, "quotes")) {
      const std::string where = "quote " + std::to_string(result.quotes.size());
      result.quotes.push_back({{offset_of(quote, "start", where), offset_of(quote, "end", where)},
                               id_or_none(quote, "speaker", where),
                               string_or_empty(quote, "speaker_text", where),
                               static_cast<std::int32_t>(integer_of(quote, "sentence", where)),
                               flag(quote, "indirect"),
                               string_or_empty(quote, "date", where)});
    }
    return result;
  }
};

}  // namespace

std::optional<Result> read_lede_result(const nlohmann::json& json, std::string& error) {
  return ResultReader().read(json, error);
}

}  // namespace lede::cli
