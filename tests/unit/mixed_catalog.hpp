// A generated catalog for tests that need more entities than the fixtures hold (the index
// build splits a catalog among threads only past a few thousand entities).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace onoma::testing {

// A catalog of `count` persons and organizations of every culture the generators read, with
// names made from a few parts so that parts repeat (the build's per-thread memo is exercised).
inline std::string mixed_catalog(std::size_t count) {
  const std::vector<std::string> korean_surnames = {"Kim", "Ri", "Pak", "Choe", "Jang", "Kang"};
  const std::vector<std::string> korean_given = {"Jong Un",   "Son Hui", "Yong Ho", "Chol Su",
                                                 "Myong Guk", "Hyon-ju", "Sun-hee"};
  const std::vector<std::string> hangul_names = {"김정은", "최선희", "리용호", "박철수", "장명국"};
  const std::vector<std::string> russian_given = {"Sergei", "Dmitry", "Valentina", "Igor",
                                                  "Andrei"};
  const std::vector<std::string> russian_surnames = {"Lavrov", "Matviyenko", "Rudenko", "Kozlov",
                                                     "Pavlovsky"};
  const std::vector<std::string> cyrillic_names = {"Сергей Лавров", "Андрей Руденко",
                                                   "Игорь Козлов"};
  const std::vector<std::string> chinese_names = {"Wang Yi", "Kong Xuanyou", "Xi Jinping",
                                                  "Liu Xiaoming", "Zhao Lijian"};
  const std::vector<std::string> han_names = {"王毅", "孔铉佑", "习近平", "刘晓明"};
  const std::vector<std::string> english_given = {"Michael", "Stephen", "Mary", "Ann"};
  const std::vector<std::string> english_surnames = {"Pompeo", "Biegun", "Smith", "Walker"};
  std::string text = "#onoma-catalog v1\nid\ttype\torigin\tcanonical\tnative\taliases\tnote\n";
  for (std::size_t i = 0; i < count; ++i) {
    const auto pick = [i](const std::vector<std::string>& list, std::size_t salt) {
      return list[(i / 4 * 7 + salt * 13 + i / 9) % list.size()];
    };
    std::string row = "e" + std::to_string(i) + "\t";
    switch (i % 5) {
      case 0:
        row += "person\tko-KP\t" + pick(korean_surnames, 1) + " " + pick(korean_given, 2) + "\t" +
               pick(hangul_names, 3) + "\t" + pick(korean_surnames, 4) + " " +
               pick(korean_given, 5);
        break;
      case 1:
        row += "person\tru\t" + pick(russian_given, 1) + " " + pick(russian_surnames, 2) + "\t" +
               pick(cyrillic_names, 3) + "\t";
        break;
      case 2:
        row += "person\tzh\t" + pick(chinese_names, 1) + "\t" + pick(han_names, 2) + "\t";
        break;
      case 3:
        row += "person\ten\t" + pick(english_given, 1) + " " + pick(english_surnames, 2) + "\t\t";
        break;
      default:
        row += "org\tmul\t" + pick(english_surnames, 1) + " Institute " + std::to_string(i) +
               "\t\tUN|" + pick(english_surnames, 2) + " Group";
        break;
    }
    text += row + "\tnote\n";
  }
  return text;
}

}  // namespace onoma::testing
