# str repr follows the same quote rule as bytes; print shows the text itself.
"plain"
'single'
"it's"
'say "hi"'
'both \' and "'
"back\\slash"
'line\nbreak'
'tab\there'
"\r"
''
print("it's", 'say "hi"', 'both \' and "', "back\\slash")
print('line\nbreak')
