# An uncaught error carrying add_note() notes: the report ends with the notes.
def validate(record):
    try:
        return int(record["age"])
    except (KeyError, ValueError) as e:
        e.add_note(f"while validating record {record.get('id')}")
        e.add_note("hint: age must be an integer")
        raise


print(validate({"id": 1, "age": "30"}))
validate({"id": 2, "age": "thirty"})
