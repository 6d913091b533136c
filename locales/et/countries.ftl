# The names of the 30 EU/EEA countries, for the data protection authorities
# (src/authorities.rs): `country-` and the country's ISO 3166-1 code in lowercase. German Land
# names are not translated: they stay German in every language (authorities.toml, `land`).

country-at = Austria
country-be = Belgia
country-bg = Bulgaaria
country-cy = Küpros
country-cz = Tšehhi
country-de = Saksamaa
country-dk = Taani
country-ee = Eesti
country-es = Hispaania
country-fi = Soome
country-fr = Prantsusmaa
country-gr = Kreeka
country-hr = Horvaatia
country-hu = Ungari
country-ie = Iirimaa
country-is = Island
country-it = Itaalia
country-li = Liechtenstein
country-lt = Leedu
country-lu = Luksemburg
country-lv = Läti
country-mt = Malta
country-nl = Madalmaad
country-no = Norra
country-pl = Poola
country-pt = Portugal
country-ro = Rumeenia
country-se = Rootsi
country-si = Sloveenia
country-sk = Slovakkia
