-- "I prayed" on PostgreSQL in one round trip. Prayers for one request queue on its row lock; done as
-- five statements from the app (lock, read, insert, count, update), the lock was held across five
-- trips to the server, so prayers for one request went through one at a time at ~7 ms each. Here
-- the same statements run inside the server: the lock is held only for their work and the commit.
-- A VOLATILE function takes a new snapshot for each statement, so the count below, run after the
-- lock is granted, sees every prayer committed before it: "first time" is decided on committed data.
CREATE OR REPLACE FUNCTION record_prayer(
  p_user_id text,
  p_request_id integer,
  p_day text,
  p_at timestamptz,
  p_now timestamptz
) RETURNS TABLE (times integer, people integer, recorded boolean)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_times integer;
  v_people integer;
  v_first boolean;
BEGIN
  -- Only a public request takes prayers; none: no row (the app answers 404).
  SELECT r.prayer_count, r.prayer_people INTO v_times, v_people
    FROM requests r
    WHERE r.id = p_request_id AND r.published_at <= p_now
    FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO prayers (user_id, request_id, day, created_at)
    VALUES (p_user_id, p_request_id, p_day, p_at)
    ON CONFLICT DO NOTHING;
  -- Already prayed that day: nothing changes, and the counts just read are the answer.
  IF NOT FOUND THEN
    RETURN QUERY SELECT v_times, v_people, false;
    RETURN;
  END IF;
  SELECT count(*) = 1 INTO v_first
    FROM prayers p
    WHERE p.user_id = p_user_id AND p.request_id = p_request_id;
  UPDATE requests r
    SET prayer_count = r.prayer_count + 1,
        prayer_people = r.prayer_people + CASE WHEN v_first THEN 1 ELSE 0 END
    WHERE r.id = p_request_id
    RETURNING r.prayer_count, r.prayer_people INTO v_times, v_people;
  RETURN QUERY SELECT v_times, v_people, true;
END
$$;
