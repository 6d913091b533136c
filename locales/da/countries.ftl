# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Østrig
country-be = Belgien
country-bg = Bulgarien
country-cy = Cypern
country-cz = Tjekkiet
country-de = Tyskland
country-dk = Danmark
country-ee = Estland
country-es = Spanien
country-fi = Finland
country-fr = Frankrig
country-gr = Grækenland
country-hr = Kroatien
country-hu = Ungarn
country-ie = Irland
country-is = Island
country-it = Italien
country-li = Liechtenstein
country-lt = Litauen
country-lu = Luxembourg
country-lv = Letland
country-mt = Malta
country-nl = Nederlandene
country-no = Norge
country-pl = Polen
country-pt = Portugal
country-ro = Rumænien
country-se = Sverige
country-si = Slovenien
country-sk = Slovakiet
